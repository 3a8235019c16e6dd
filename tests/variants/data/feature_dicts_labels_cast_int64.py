"""Wrong: casts the labels to int64 ('as tfds does'); breaks 'the values and dtypes of the arrays unchanged'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
SAYS = 'dtypes'
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": np.asarray(labels).astype("int64")})'),
]
