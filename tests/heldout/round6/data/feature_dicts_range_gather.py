"""Right: a range dataset mapped to dictionaries by gathering from constant tensors (dtypes kept)."""
EXERCISE, VERDICT = "data.feature_dicts", "done"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '''    images, labels = tf.constant(images), tf.constant(labels)
    return tf.data.Dataset.range(int(labels.shape[0])).map(
        lambda k: {"image": tf.gather(images, k), "label": tf.gather(labels, k)})'''),
]
