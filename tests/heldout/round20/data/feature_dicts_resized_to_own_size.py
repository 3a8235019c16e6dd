"""Wrong: passes the images through tf.image.resize to their own size ("as tfds resizes"), which turns them into float32; breaks 'the values and dtypes of the arrays unchanged'."""
EXERCISE, VERDICT = "data.feature_dicts", "wrong"
MUTATE = [("""    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})""",
           """    images = tf.image.resize(images, images.shape[1:3])
    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})""")]
