"""Right: the learner casts with TensorFlow first, tf.cast(images, tf.float32), divides the tensor by 255.0 with tf.math.divide, and hands back .numpy(); a cast before the division works for uint8, for other integer types and for pixels already held as floats, on any number of axes, and the result is a float32 NumPy array of the same shape."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

MUTATE = [
    ('''    return np.asarray(images, dtype="float32") / 255.0''',
     '''    import tensorflow as tf

    pixels = tf.cast(tf.convert_to_tensor(images), tf.float32)
    return tf.math.divide(pixels, tf.constant(255.0)).numpy()'''),
]
