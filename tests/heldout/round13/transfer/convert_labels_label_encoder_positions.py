"""Wrong: numbers the classes by their position among the labels present (np.unique's inverse, as a LabelEncoder does), so [2, 0, 4, 2] becomes three columns; breaks 'with num_classes=None, as many classes as the largest label + 1'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    classes, positions = np.unique(labels, return_inverse=True)\n    return keras.utils.to_categorical(positions, num_classes or len(classes))'),
]
