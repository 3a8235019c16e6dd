"""Wrong: converts the labels to float32 on the way in, as losses compute in floats; breaks 'the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": np.asarray(labels, dtype="float32")})'),
]
