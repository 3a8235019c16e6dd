"""Wrong: passes validation_data=val_data alone, as note 001 passes a labelled dataset, so the labels never reach fit() (Keras 3 fails on it); breaks 'val_data, val_labels: what each model is validated on after every epoch'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('validation_data=(val_data, val_labels), verbose=0)',
     'validation_data=val_data, verbose=0)'),
]
