"""Wrong: scales with tf.image.convert_image_dtype then * 2 - 1, which divides by 255 only for integer images: a float batch in [0, 255] is not scaled (255 -> 509); breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"

MUTATE = [
    (
        '    return keras.applications.mobilenet_v2.preprocess_input\n',
        '    return lambda images: tf.image.convert_image_dtype(images, tf.float32) * 2.0 - 1.0\n',
    ),
]
