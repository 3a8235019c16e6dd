"""Wrong: adapts note 000's `Rescaling(1./127.5, offset=-1)` line by changing only the scale, so pixels land in [-1, 0]; breaks 'pixels in [0, 1]; nothing else changed'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ("rescale = keras.layers.Rescaling(1.0 / 255)", "rescale = keras.layers.Rescaling(1.0 / 255, offset=-1)"),
]
