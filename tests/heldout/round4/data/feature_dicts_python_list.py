"""Wrong: Returned a Python list of dictionaries instead of a dataset; breaks 'Returns: a tf.data.Dataset of n elements'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return [{"image": image, "label": label} for image, label in zip(images, labels)]'),
]
