"""Wrong: Rescaled with Rescaling(1/127.5, offset=-1), the MobileNet range; breaks 'pixels in [0, 1]'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('rescale = keras.layers.Rescaling(1.0 / 255)',
     'rescale = keras.layers.Rescaling(1.0 / 127.5, offset=-1)'),
]
