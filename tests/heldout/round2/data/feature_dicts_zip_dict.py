"""Correct: Zips two sliced datasets into a dictionary structure."""
EXERCISE, VERDICT = "data.feature_dicts", "done"
MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'return tf.data.Dataset.zip({"image": tf.data.Dataset.from_tensor_slices(images),\n                                 "label": tf.data.Dataset.from_tensor_slices(labels)})'),
]
