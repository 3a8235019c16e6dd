"""Right: scales with keras.applications.mobilenet.preprocess_input (MobileNet v1's), the same x / 127.5 - 1."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    ('''    x = keras.applications.mobilenet_v2.preprocess_input(x)
''',
     '''    x = keras.applications.mobilenet.preprocess_input(x)
'''),
]
