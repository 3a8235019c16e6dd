"""Wrong: stores each image PNG-encoded, as in a TFRecord tutorial; breaks 'the dictionary with "image" images[k] ... the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT, SAYS = "data.feature_dicts", "wrong", "each image's shape"

MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     'encoded = [tf.io.encode_png(image).numpy() for image in images]\n    return tf.data.Dataset.from_tensor_slices({"image": encoded, "label": labels})'),
]
