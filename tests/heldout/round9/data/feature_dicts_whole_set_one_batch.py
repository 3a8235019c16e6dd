"""Wrong: batches the dictionaries by the whole set, as tfds.load(..., batch_size=-1) gives them, so the dataset has one element holding all n images; breaks 'a tf.data.Dataset of n elements, the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    (
        '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})\n',
        '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels}).batch(len(labels))\n',
    ),
]
