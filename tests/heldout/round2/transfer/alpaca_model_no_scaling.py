"""Wrong: Left out MobileNetV2's preprocess_input, so raw 0..255 pixels reach the base; breaks 'MobileNetV2's scaling to [-1, 1]'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('    x = keras.applications.mobilenet_v2.preprocess_input(x)\n',
     ''),
]
