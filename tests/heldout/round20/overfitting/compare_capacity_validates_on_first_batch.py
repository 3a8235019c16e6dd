"""Wrong: validates on only the first batch_size samples of the held-out data to save time; breaks 'validated on the same held-out data' (val_data, val_labels)."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('validation_data=(val_data, val_labels), verbose=0)',
     'validation_data=(val_data[:batch_size], val_labels[:batch_size]), verbose=0)'),
]
