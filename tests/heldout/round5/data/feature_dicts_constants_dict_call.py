"""Right: Converts both arrays with tf.constant (dtypes kept) and passes dict(image=..., label=...)."""
EXERCISE, VERDICT = "data.feature_dicts", "done"
MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'return tf.data.Dataset.from_tensor_slices(dict(image=tf.constant(images), label=tf.constant(labels)))'),
]
