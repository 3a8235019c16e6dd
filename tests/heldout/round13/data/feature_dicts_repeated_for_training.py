"""Wrong: adds .repeat() so the dataset never runs out during training, which makes it infinite; breaks 'a tf.data.Dataset of n elements'."""

EXERCISE, VERDICT = "data.feature_dicts", "wrong"

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels}).repeat()'),
]
