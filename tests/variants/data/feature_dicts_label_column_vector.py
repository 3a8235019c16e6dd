"""Wrong: Reshaped labels to (n, 1) so each label is a vector of one; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""
EXERCISE, VERDICT, SAYS = "data.feature_dicts", "wrong", 'a single number, shape ()'
MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'return tf.data.Dataset.from_tensor_slices({"image": images, "label": np.asarray(labels).reshape(-1, 1)})'),
]
