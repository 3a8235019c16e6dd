"""Wrong: Used Rescaling(1/255, offset=-0.5), centring on 0 in [-0.5, 0.5]; breaks '0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "transfer.mobilenet_preprocessing", "wrong"
MUTATE = [
    ('return keras.applications.mobilenet_v2.preprocess_input',
     'return keras.layers.Rescaling(1.0 / 255, offset=-0.5)'),
]
