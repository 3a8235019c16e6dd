"""Wrong: Returned the resized tf.Tensor without .numpy(); breaks 'Returns: a float32 array (N, image_size[0], image_size[1], 3)'."""
EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'a NumPy array'
MUTATE = [
    ('''    x = tf.image.resize(tf.cast(x, tf.float32), image_size)
    return x.numpy()''',
     '    return tf.image.resize(tf.cast(x, tf.float32), image_size)'),
]
