"""Wrong: Counted the classes as the number of distinct labels when num_classes is None; breaks 'with num_classes=None, as many classes as the largest label + 1' ([2, 0, 4, 2] needs 5)."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return np.eye(num_classes or len(np.unique(labels)))[labels]'),
]
