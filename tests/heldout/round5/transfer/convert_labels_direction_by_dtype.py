"""Wrong: Told the direction by the dtype (floats are one-hot, integers are labels), so integer one-hot rows get one-hot encoded again; breaks 'Which way to go is told by the labels' shape'."""
EXERCISE, VERDICT = "transfer.convert_labels", "wrong"
MUTATE = [
    ('def convert_labels(labels, num_classes=None):\n    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        return labels.argmax(axis=-1)\n    return keras.utils.to_categorical(labels, num_classes)',
     'def convert_labels(labels, num_classes=None):\n    labels = np.asarray(labels)\n    if labels.dtype.kind == "f":\n        return labels.argmax(axis=-1)\n    return keras.utils.to_categorical(labels, num_classes)'),
]
