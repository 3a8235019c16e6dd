"""Wrong: calls Keras 2's keras.utils.np_utils.to_categorical, which Keras 3 no longer has; breaks 'integer labels (N,) -> one-hot (N, num_classes)'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.utils.np_utils.to_categorical(labels, num_classes)'),
]
