"""Wrong: Rescaling(1/127.5, offset=-127.5), as if the offset came before the scale; breaks '127.5 -> 0.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input\n',
     'return keras.layers.Rescaling(1.0 / 127.5, offset=-127.5)\n'),
]
