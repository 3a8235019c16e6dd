"""Wrong: validates on the validation inputs paired with the training labels (a copy-paste slip); breaks 'val_data, val_labels: what each model is validated on'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('                            validation_data=(val_data, val_labels), verbose=0)',
     '                            validation_data=(val_data, train_labels), verbose=0)'),
]
