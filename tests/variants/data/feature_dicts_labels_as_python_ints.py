"""Wrong: turns the labels into a list of Python ints (as tfds's ClassLabel shows them), which TensorFlow stores as int32 whatever the array's dtype was; breaks 'the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT, SAYS = "data.feature_dicts", "wrong", 'dtypes'

MUTATE = [
    (
        '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
        '    plain_labels = [int(label) for label in labels]\n    return tf.data.Dataset.from_tensor_slices({"image": images, "label": plain_labels})',
    ),
]
