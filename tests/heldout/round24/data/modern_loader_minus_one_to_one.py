"""Wrong: the learner took the Rescaling layer from a MobileNet example, Rescaling(1/127.5, offset=-1), believing any rescaling to small values does; pixels land in [-1, 1], which breaks 'pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('rescale = keras.layers.Rescaling(1.0 / 255)',
     'rescale = keras.layers.Rescaling(1.0 / 127.5, offset=-1)'),
]
