"""Right: Picks rows of np.eye(num_classes) for one-hot, and np.argmax per row the other way."""
EXERCISE, VERDICT = "transfer.convert_labels", "done"
MUTATE = [
    ('def convert_labels(labels, num_classes=None):\n    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        return labels.argmax(axis=-1)\n    return keras.utils.to_categorical(labels, num_classes)',
     'def convert_labels(labels, num_classes=None):\n    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        return np.argmax(labels, axis=1)\n    count = int(labels.max()) + 1 if num_classes is None else num_classes\n    return np.eye(count, dtype="float32")[labels.astype(int)]'),
]
