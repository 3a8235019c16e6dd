"""Wrong: Sliced an (images, labels) tuple; breaks 'the k-th being the dictionary with "image" ... and "label"'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'return tf.data.Dataset.from_tensor_slices((images, labels))'),
]
