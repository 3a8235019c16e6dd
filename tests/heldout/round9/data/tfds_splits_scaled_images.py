"""Wrong: maps both slices to float images / 255 straight after loading, as training will want them; the slices no longer hold the split's examples; breaks 'train: the first train_percent % of the "train" split, in the split's order'."""

EXERCISE, VERDICT = "data.tfds_splits", "wrong"

MUTATE = [
    (
        '    return train, validation, info.features["label"].names, info.splits["train"].num_examples\n',
        '    def scale(image, label):\n        return tf.cast(image, tf.float32) / 255.0, label\n\n    train, validation = train.map(scale), validation.map(scale)\n    return train, validation, info.features["label"].names, info.splits["train"].num_examples\n',
    ),
]
