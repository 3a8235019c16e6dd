"""Wrong: Cast the resized batch back to the input's dtype ('values kept'), so uint8 stays uint8 and float64 stays float64; breaks 'uint8 or float64 -> float32'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('''    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()''',
     '''    x = tf.cast(tf.image.resize(x, image_size), x.dtype)
    return x.numpy()'''),
]
