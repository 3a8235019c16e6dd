"""Wrong: copied keras.io's EfficientNet fine-tuning head, a BatchNormalization between the pooling and the dropout, which adds trainable gamma and beta; breaks 'a global average pooling, a dropout of 0.2, and one output unit' and '2 trainable variables (the output's kernel and bias), 1,281 trainable parameters'."""

EXERCISE, VERDICT = 'transfer.alpaca_model', 'wrong'

MUTATE = [
    ('    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(0.2)(x)',
     '    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.BatchNormalization()(x)\n    x = keras.layers.Dropout(0.2)(x)'),
]
