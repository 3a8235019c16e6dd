"""Wrong: Passed the training data as validation data; breaks 'validated on the same held-out data'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('validation_data=(val_data, val_labels)',
     'validation_data=(train_data, train_labels)'),
]
