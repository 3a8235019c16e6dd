"""Wrong: pools with AveragePooling2D(pool_size=2) (local 2x2 windows) and a Flatten instead of a global average pooling, so the head reads 2x2x1280 values at 160x160 and averages only part of the 2x3 map at 64x96; breaks 'a global average pooling, a dropout of 0.2, and one output unit'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(0.2)(x)',
     '    x = keras.layers.AveragePooling2D(pool_size=2)(x)\n    x = keras.layers.Flatten()(x)\n    x = keras.layers.Dropout(0.2)(x)'),
]
