"""Wrong: scales with tf.image.convert_image_dtype, which divides by the dtype's own maximum (255 only for uint8) and leaves float input unscaled; breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    import tensorflow as tf\n\n    return tf.image.convert_image_dtype(np.asarray(images), tf.float32).numpy()'),
]
