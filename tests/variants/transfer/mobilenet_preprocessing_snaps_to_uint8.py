"""Wrong: clips to [0, 255] and casts to uint8 first, to make sure the input is valid pixels, so 127.5 is cut to 127 and maps to -0.0039; breaks '127.5 -> 0.0'."""

EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "wrong", "scaling"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    def scale(images):\n'
     '        pixels = tf.cast(tf.clip_by_value(tf.cast(images, tf.float32), 0.0, 255.0), tf.uint8)\n'
     '        return tf.cast(pixels, tf.float32) / 127.5 - 1.0\n'
     '    return scale\n'),
]
