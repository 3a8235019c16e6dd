"""Wrong: memoises the conversion on the labels as a tuple, so equal calls return the very same array and a caller's change to one result shows in the next; breaks 'Every function works from its arguments alone, as it may be called again'."""
EXERCISE, VERDICT, SAYS = "transfer.convert_labels", "wrong", 'an earlier call returned'
MUTATE = [
    ("import os\n", "import functools\nimport os\n"),
    ('''def convert_labels(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)''', '''@functools.lru_cache(maxsize=None)
def _convert(labels, num_classes):
    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)


def convert_labels(labels, num_classes=None):
    return _convert(tuple(map(tuple, np.asarray(labels).tolist())) if np.ndim(labels) == 2
                    else tuple(np.asarray(labels).tolist()), num_classes)'''),
]
