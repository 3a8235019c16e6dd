"""Wrong: groups the examples by class with a stable argsort of the labels first, so element k is no longer example k; breaks 'a tf.data.Dataset of n elements, the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    (
        '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
        '    order = np.argsort(labels, kind="stable")  # group the examples by class, as a folder per class would\n    return tf.data.Dataset.from_tensor_slices({"image": images[order], "label": labels[order]})',
    ),
]
