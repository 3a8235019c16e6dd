"""Wrong: Cast the images to float32; breaks 'the values and dtypes of the arrays unchanged'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'return tf.data.Dataset.from_tensor_slices({"image": tf.cast(images, tf.float32), "label": labels})'),
]
