"""Wrong: takes num_classes=None to mean sparse labels (note 000's sparse_categorical_crossentropy) and returns integer labels unchanged; breaks 'integer labels (N,) -> one-hot (N, num_classes) ...; with num_classes=None, as many classes as the largest label + 1'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('return keras.utils.to_categorical(labels, num_classes)',
     'if num_classes is None:  # sparse_categorical_crossentropy takes them as they are\n        return labels\n    return keras.utils.to_categorical(labels, num_classes)'),
]
