"""Wrong: Batched the dataset by 1, so every image gains a batch axis; breaks 'a tf.data.Dataset of n elements, the k-th being the dictionary with "image" images[k]'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels}).batch(1)'),
]
