"""Wrong: scaling to [0, 1] is for other networks; MobileNetV2 wants [-1, 1]."""
EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "wrong", '[-1, 1]'
MUTATE = [('return keras.applications.mobilenet_v2.preprocess_input', 'return keras.layers.Rescaling(1 / 255)')]
