"""Wrong: Left out the Dropout(0.2) between pooling and output; breaks 'a global average pooling, a dropout of 0.2, and one output unit with no activation'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('''    x = keras.layers.Dropout(0.2)(x)
''',
     ''),
]
