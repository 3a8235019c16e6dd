"""Wrong: scales with mobilenet_preprocessing() and then again with preprocess_input, so pixels reach the base at the wrong values; breaks 'checks that pixels 0, 127.5 and 255 reach the base as -1, 0 and 1'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('    x = keras.applications.mobilenet_v2.preprocess_input(x)',
     '''    x = mobilenet_preprocessing()(x)
    x = keras.applications.mobilenet_v2.preprocess_input(x)'''),
]
