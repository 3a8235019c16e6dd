"""Wrong: Flattened the feature maps instead of global average pooling; breaks 'a global average pooling, a dropout of 0.2, and one output unit' (1,281 trainable parameters)."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('''    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1)(x)''',
     '''    x = keras.layers.Flatten()(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1)(x)'''),
]
