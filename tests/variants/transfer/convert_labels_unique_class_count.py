"""Wrong: with num_classes=None counts the classes as the number of distinct labels (len(np.unique)), so [2, 0, 4, 2] gets 3 classes and label 4 has no column; breaks 'with num_classes=None, as many classes as the largest label + 1'."""

EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", "class 4 of only 3 (IndexError in convert_labels())"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    return keras.utils.to_categorical(labels, num_classes or len(np.unique(labels)))'),
]
