"""Wrong: Made 3 channels with tf.concat([x, x, x], axis=0), stacking along the batch axis; breaks 'grayscale ... -> 3 identical channels' (three times the images, one channel)."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('        x = tf.image.grayscale_to_rgb(x)',
     '        x = tf.concat([x, x, x], axis=0)'),
]
