"""Wrong: remembers the class count of the last one-hot labels it read in a module variable and uses it for a later call with num_classes=None; breaks 'with num_classes=None, as many classes as the largest label + 1'."""

EXERCISE, VERDICT = "transfer.convert_labels", "wrong"

MUTATE = [
    ('def convert_labels(labels, num_classes=None):\n    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        return labels.argmax(axis=-1)\n    return keras.utils.to_categorical(labels, num_classes)',
     '_LAST_CLASSES = {}\n\n\ndef convert_labels(labels, num_classes=None):\n    labels = np.asarray(labels)\n    if labels.ndim == 2:\n        _LAST_CLASSES["count"] = labels.shape[1]\n        return labels.argmax(axis=-1)\n    if num_classes is None:\n        num_classes = _LAST_CLASSES.get("count", int(labels.max()) + 1)\n    return keras.utils.to_categorical(labels, num_classes)'),
]
