"""Wrong: From_tensors, which makes one element holding all the arrays; breaks 'a tf.data.Dataset of n elements'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'return tf.data.Dataset.from_tensors({"image": images, "label": labels})'),
]
