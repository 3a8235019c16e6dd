"""Wrong: the base is called without training=False."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'training=False'
MUTATE = [('    x = base(x, training=False)\n    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(0.2)(x)', '    x = base(x)\n    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(0.2)(x)')]
