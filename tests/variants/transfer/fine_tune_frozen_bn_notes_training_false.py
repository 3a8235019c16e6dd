"""Wrong: the notes' way (fine_tune alone, trusting base(x, training=False)): in Keras 3 fit() moves the statistics."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", "moving_mean after a training step"
MUTATE = [("layer in frozen or isinstance(layer, keras.layers.BatchNormalization)", "layer in frozen")]
