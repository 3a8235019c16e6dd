"""Wrong: keeps one keras.layers.Resizing in a module variable, built at the first call with that call's image_size and reused afterwards, so a later call with another size keeps the first; breaks 'any size -> resized to `image_size` (height, width)'."""

EXERCISE, VERDICT = "transfer.to_model_input", "wrong"

MUTATE = [
    ('\n\ndef pretrained_base(',
     '\n_RESIZER = None  # built at the first call\n\n\ndef pretrained_base('),
    ('    x = tf.image.resize(tf.cast(x, tf.float32), image_size)\n',
     '    global _RESIZER\n    if _RESIZER is None:\n        _RESIZER = keras.layers.Resizing(*image_size)\n    x = _RESIZER(tf.cast(x, tf.float32))\n'),
]
