"""Wrong: Validation_split=0.2 instead of the given validation data; breaks 'val_data, val_labels: what each model is validated on'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('validation_data=(val_data, val_labels)',
     'validation_split=0.2'),
]
