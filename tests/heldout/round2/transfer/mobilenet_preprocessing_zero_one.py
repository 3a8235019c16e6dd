"""Wrong: Returned Rescaling(1/255), which gives [0, 1]; breaks 'maps [0, 255] to [-1, 1]'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input\n',
     'return keras.layers.Rescaling(1.0 / 255)\n'),
]
