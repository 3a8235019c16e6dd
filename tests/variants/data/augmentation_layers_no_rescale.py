"""Wrong: rescale left out of the training pipeline."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "Rescaling(1/255)"
MUTATE = [("    train = keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),\n", "    train = keras.Sequential([\n")]
