"""Right: resizes with interpolation="nearest" on both parts; the images are still resized to image_size and keep 0..255 values, with the same seed and split."""

EXERCISE, VERDICT = "data.load_split", "done"

MUTATE = [
    ('validation_split=0.2, seed=seed)',
     'validation_split=0.2, seed=seed, interpolation="nearest")'),
]
