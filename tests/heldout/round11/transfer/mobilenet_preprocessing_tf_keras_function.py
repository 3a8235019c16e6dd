"""Right: returns tf.keras.applications.mobilenet_v2.preprocess_input, the same function reached through tf.keras."""

EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "done"

MUTATE = [
    ('    return keras.applications.mobilenet_v2.preprocess_input\n',
     '    return tf.keras.applications.mobilenet_v2.preprocess_input\n'),
]
