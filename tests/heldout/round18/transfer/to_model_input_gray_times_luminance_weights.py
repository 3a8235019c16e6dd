"""Wrong: makes three channels from grayscale by multiplying it with the luminance weights (0.299, 0.587, 0.114), as if undoing rgb_to_grayscale; breaks 'grayscale ... -> 3 identical channels'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('''        x = tf.image.grayscale_to_rgb(x)
''',
     '''        x = tf.cast(x, tf.float32) * tf.constant([0.299, 0.587, 0.114])
'''),
]
