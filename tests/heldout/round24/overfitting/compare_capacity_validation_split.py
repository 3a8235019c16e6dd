"""Wrong: the learner validated with validation_split=0.2 instead of validation_data, confusing the two fit() options; each model is then validated on the last fifth of its training data and trains on less; breaks 'val_data, val_labels: what each model is validated on after every epoch'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('validation_data=(val_data, val_labels), verbose=0)',
     'validation_split=0.2, verbose=0)'),
]
