"""Right: scales before the augmentation (which the docstring allows) and writes the head with a linear activation spelled out."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    ('    x = data_augmentation(inputs)\n    x = keras.applications.mobilenet_v2.preprocess_input(x)\n    x = base(x, training=False)\n    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(0.2)(x)\n    outputs = keras.layers.Dense(1)(x)',
     '    x = keras.applications.mobilenet_v2.preprocess_input(inputs)\n    x = data_augmentation(x)\n    x = base(x, training=False)\n    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(rate=0.2)(x)\n    outputs = keras.layers.Dense(units=1, activation="linear")(x)'),
]
