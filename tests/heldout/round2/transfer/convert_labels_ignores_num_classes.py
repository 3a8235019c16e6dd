"""Wrong: Called to_categorical without num_classes; breaks 'integer labels (N,) -> one-hot (N, num_classes)' when num_classes is larger."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('keras.utils.to_categorical(labels, num_classes)',
     'keras.utils.to_categorical(labels)'),
]
