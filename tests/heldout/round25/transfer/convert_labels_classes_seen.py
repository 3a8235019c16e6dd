"""Wrong: with num_classes=None the learner counted the distinct labels (len(np.unique(labels))), which is the same as largest + 1 for their [0, 1, 2, 1]; for [2, 0, 4, 2] that is 3 classes, too few for label 4, and to_categorical fails; breaks 'with num_classes=None, as many classes as the largest label + 1'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    if num_classes is None:\n'
     '        num_classes = len(np.unique(labels))\n'
     '    return keras.utils.to_categorical(labels, num_classes)'),
]
