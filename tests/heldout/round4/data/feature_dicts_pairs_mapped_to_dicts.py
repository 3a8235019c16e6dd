"""Right: Slices (images, labels) pairs and maps each pair to the dictionary."""
EXERCISE, VERDICT = "data.feature_dicts", "done"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     """    pairs = tf.data.Dataset.from_tensor_slices((images, labels))
    return pairs.map(lambda image, label: {"image": image, "label": label})"""),
]
