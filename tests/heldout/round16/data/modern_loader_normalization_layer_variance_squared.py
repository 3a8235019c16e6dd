"""Right: scales with keras.layers.Normalization(mean=0.0, variance=255.0 ** 2) in the map, which divides by sqrt(65025) = 255 exactly, so pixels land in [0, 1] as with Rescaling(1/255)."""

EXERCISE, VERDICT = 'data.modern_loader', 'done'

MUTATE = [
    ('rescale = keras.layers.Rescaling(1.0 / 255)',
     'rescale = keras.layers.Normalization(mean=0.0, variance=255.0 ** 2)'),
]
