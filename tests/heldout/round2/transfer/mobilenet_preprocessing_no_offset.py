"""Wrong: Rescaling(1/127.5) without the offset, giving [0, 2]; breaks '0 -> -1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input\n',
     'return keras.layers.Rescaling(1.0 / 127.5)\n'),
]
