"""Correct in Keras 3, with a tip: the base is called without training=False (it behaves the same)."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "done", ""
TIP = "training=False"
MUTATE = [('    x = base(x, training=False)\n    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(0.2)(x)', '    x = base(x)\n    x = keras.layers.GlobalAveragePooling2D()(x)\n    x = keras.layers.Dropout(0.2)(x)')]
