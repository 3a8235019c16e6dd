"""Wrong: the hidden Dense layer without its relu."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "relu"
MUTATE = [('keras.layers.Dense(width, activation="relu")', "keras.layers.Dense(width)")]
