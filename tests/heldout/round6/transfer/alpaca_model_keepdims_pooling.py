"""Wrong: pools with keepdims=True, so the output is (batch, 1, 1, 1) instead of one logit per image; breaks 'a global average pooling, a dropout of 0.2, and one output unit with no activation: one logit'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('''    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)''',
     '''    x = keras.layers.GlobalAveragePooling2D(keepdims=True)(x)
    x = keras.layers.Dropout(0.2)(x)'''),
]
