"""Wrong: one-hot encodes with pandas.get_dummies, which makes a column only for the labels present: [2, 0, 4, 2] gets 3 columns (0, 2, 4), and num_classes is ignored; breaks 'with num_classes=None, as many classes as the largest label + 1'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    (
        '    return keras.utils.to_categorical(labels, num_classes)\n',
        '    import pandas as pd\n\n    return pd.get_dummies(labels).to_numpy(dtype="float32")\n',
    ),
]
