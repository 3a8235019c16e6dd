"""Wrong: grayscale images keep their single channel."""
EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'gray'
MUTATE = [('    if x.shape[-1] == 1:\n        x = tf.image.grayscale_to_rgb(x)\n', '')]
