"""Wrong: converts both arrays with .tolist() first ("tf.data likes Python lists"), so the images become int32 tensors instead of uint8; breaks 'the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": np.asarray(images).tolist(), "label": np.asarray(labels).tolist()})'),
]
