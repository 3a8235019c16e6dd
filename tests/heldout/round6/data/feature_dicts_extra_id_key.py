"""Wrong: adds an 'id' key with the example's index, as some tfds data sets have; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k]' (nothing else)."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"id": np.arange(len(labels)), "image": images, "label": labels})'),
]
