"""Wrong: the pixels reach MobileNetV2 in [0, 255]."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", '[-1, 1]'
MUTATE = [('    x = keras.applications.mobilenet_v2.preprocess_input(x)\n', '')]
