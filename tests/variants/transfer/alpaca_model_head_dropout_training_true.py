"""Wrong: the head's Dropout called with training=True, so model(x) drops features at prediction too."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", "training=True"
MUTATE = [("    x = keras.layers.Dropout(0.2)(x)\n", "    x = keras.layers.Dropout(0.2)(x, training=True)\n")]
