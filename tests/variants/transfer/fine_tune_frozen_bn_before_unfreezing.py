"""Wrong: BatchNormalization frozen first, then base_model.trainable = True unfreezes it again."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", "moving_mean after a training step"
MUTATE = [("    base_model.trainable = True\n    frozen = ",
           "    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n"
           "            layer.trainable = False\n    base_model.trainable = True\n    frozen = "),
          ("layer in frozen or isinstance(layer, keras.layers.BatchNormalization)", "layer in frozen")]
