"""Wrong: adds a small epsilon before dividing (to keep black pixels away from zero), so 0 no longer gives 0.0 and 255 gives a little over 1.0; breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return (np.asarray(images, dtype="float64") + 1e-3) / 255.0'),
]
