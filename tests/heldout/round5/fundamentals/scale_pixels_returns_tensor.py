"""Wrong: Scaled with tf.cast(images, tf.float32) / 255.0 and returned the tensor; breaks 'a NumPy array (not a tensor)'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'import tensorflow as tf\n    return tf.cast(images, tf.float32) / 255.0'),
]
