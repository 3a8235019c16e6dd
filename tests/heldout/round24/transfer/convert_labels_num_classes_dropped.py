"""Wrong: the learner called keras.utils.to_categorical(labels) and let it count the classes itself, not passing num_classes on; right whenever the largest label is the last class, but labels [0, 1, 2] with num_classes=5 give 3 columns, not 5; breaks 'integer labels (N,) -> one-hot (N, num_classes)'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.utils.to_categorical(labels)'),
]
