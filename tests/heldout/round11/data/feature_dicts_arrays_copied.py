"""Right: copies both arrays with np.array before slicing them (values and dtypes unchanged)."""

EXERCISE, VERDICT = "data.feature_dicts", "done"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    images, labels = np.array(images), np.array(labels)\n    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})'),
]
