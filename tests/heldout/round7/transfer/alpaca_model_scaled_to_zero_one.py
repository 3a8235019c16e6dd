"""Wrong: rescales pixels by 1/255 instead of MobileNetV2's scaling; breaks 'MobileNetV2's scaling to [-1, 1]' (pixels 0, 127.5 and 255 must reach the base as -1, 0 and 1)."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('    x = keras.applications.mobilenet_v2.preprocess_input(x)',
     '    x = keras.layers.Rescaling(1.0 / 255)(x)'),
]
