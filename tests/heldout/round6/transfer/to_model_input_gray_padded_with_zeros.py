"""Wrong: pads grayscale to 3 channels with two empty channels; breaks 'grayscale ... -> 3 identical channels'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('        x = tf.image.grayscale_to_rgb(x)',
     '        x = tf.pad(x, [[0, 0], [0, 0], [0, 0], [0, 2]])  # gray first, the rest empty'),
]
