"""Right: slices a collections.OrderedDict(image=images, label=labels): each element is an ordered dictionary with the same keys, values and dtypes."""

EXERCISE, VERDICT = "data.feature_dicts", "done"

MUTATE = [
    (
        'import csv\n',
        'import collections\nimport csv\n',
    ),
    (
        '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})\n',
        '    return tf.data.Dataset.from_tensor_slices(collections.OrderedDict(image=images, label=labels))\n',
    ),
]
