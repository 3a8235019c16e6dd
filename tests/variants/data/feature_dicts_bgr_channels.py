"""Wrong: stores images[..., ::-1], swapping RGB to BGR as OpenCV code does; breaks 'the values and dtypes of the arrays unchanged'."""

EXERCISE, VERDICT, SAYS = "data.feature_dicts", "wrong", 'channels in their order'

MUTATE = [
    ('    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})',
     '    return tf.data.Dataset.from_tensor_slices({"image": images[..., ::-1], "label": labels})'),
]
