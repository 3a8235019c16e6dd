"""Wrong: rescales by 1/127.5 (MobileNet's number, remembered from another note), so pixels reach 2.0; breaks 'pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('rescale = keras.layers.Rescaling(1.0 / 255)',
     'rescale = keras.layers.Rescaling(1.0 / 127.5)'),
]
