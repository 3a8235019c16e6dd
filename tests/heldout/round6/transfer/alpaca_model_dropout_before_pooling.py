"""Wrong: puts the dropout on the feature maps, before the pooling; breaks 'a global average pooling, a dropout of 0.2, and one output unit' (in that order)."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('''    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)''',
     '''    x = keras.layers.Dropout(0.2)(x)
    x = keras.layers.GlobalAveragePooling2D()(x)'''),
]
