"""Wrong: encodes the labels first as scikit-learn's LabelEncoder would (np.unique(..., return_inverse=True)), renumbering [2, 0, 4, 2] to [1, 0, 2, 1] before the one-hot; breaks 'a single 1 per row, in the label's column'."""

EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", "one-hot row of label 1"

MUTATE = [
    ('    return keras.utils.to_categorical(labels, num_classes)',
     '    _, codes = np.unique(labels, return_inverse=True)\n    return keras.utils.to_categorical(codes, num_classes)'),
]
