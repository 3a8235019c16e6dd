"""Wrong: Never repeated the gray channel; breaks 'grayscale -> 3 identical channels'."""
EXERCISE, VERDICT = "transfer.to_model_input", "wrong"
MUTATE = [
    ('    if x.shape[-1] == 1:\n        x = tf.image.grayscale_to_rgb(x)\n',
     ''),
]
