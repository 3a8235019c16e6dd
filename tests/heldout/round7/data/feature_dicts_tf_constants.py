"""Right: the arrays turned into tf.constant tensors first (dtypes kept), dictionary built with dict()."""
EXERCISE, VERDICT = "data.feature_dicts", "done"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     """    features = dict(image=tf.constant(images), label=tf.constant(labels))
    return tf.data.Dataset.from_tensor_slices(features)"""),
]
