"""Right: builds the dictionary with dict(image=..., label=...) around np.asarray views, dtypes untouched."""

EXERCISE, VERDICT = "data.feature_dicts", "done"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    features = dict(image=np.asarray(images), label=np.asarray(labels))\n    return tf.data.Dataset.from_tensor_slices(features)'),
]
