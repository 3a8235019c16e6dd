"""Wrong: the pixels are divided by 255 on the way."""
EXERCISE, VERDICT, SAYS = "transfer.to_model_input", "wrong", 'keep the values'
MUTATE = [('tf.image.resize(tf.cast(x, tf.float32), image_size)', 'tf.image.resize(tf.cast(x, tf.float32) / 255.0, image_size)')]
