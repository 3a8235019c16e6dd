"""Wrong: scales with keras.applications.efficientnet.preprocess_input, which passes pixels through, so the base reads [0, 255]; breaks 'MobileNetV2's scaling to [-1, 1]'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('''    x = keras.applications.mobilenet_v2.preprocess_input(x)
''',
     '''    x = keras.applications.efficientnet.preprocess_input(x)
'''),
]
