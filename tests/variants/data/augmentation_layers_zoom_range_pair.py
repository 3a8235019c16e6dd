"""Wrong: zoom_range's (0.7, 1.3) written as a Keras factor: 0.7 to 1.3 is not a zoom of up to 30%."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "RandomZoom(0.3)"
MUTATE = [("keras.layers.RandomZoom(0.3)", "keras.layers.RandomZoom((0.7, 1.0))")]
