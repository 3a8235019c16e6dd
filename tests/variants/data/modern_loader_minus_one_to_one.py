"""Wrong: MobileNet-style scaling to [-1, 1]; rescale=1/255 gives [0, 1]."""
EXERCISE, VERDICT, SAYS = 'data.modern_loader', "wrong", 'Rescaling(1/255)'
MUTATE = [('rescale = keras.layers.Rescaling(1.0 / 255)', 'rescale = keras.layers.Rescaling(1.0 / 127.5, offset=-1)')]
