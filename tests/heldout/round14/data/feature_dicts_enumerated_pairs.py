"""Wrong: adds .enumerate() to give each example an index as tfds's ids, so every element is a (k, dictionary) pair; breaks 'the k-th being the dictionary with "image" images[k] and "label" labels[k]'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels}).enumerate()'),
]
