"""Wrong: finishes with PyTorch's channels-first layout, np.transpose(x, (0, 3, 1, 2)); breaks 'a float32 NumPy array ... (N, image_size[0], image_size[1], 3)'."""

EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", "shape for batch RGB"

MUTATE = [
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return x.numpy()',
     '    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n    return np.transpose(x.numpy(), (0, 3, 1, 2))  # N, C, H, W'),
]
