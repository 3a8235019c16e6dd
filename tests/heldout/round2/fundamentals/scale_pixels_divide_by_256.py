"""Wrong: Divided by 256 (the number of levels) instead of 255, so 255 -> 0.996; breaks '255 -> 1.0'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.asarray(images, dtype="float32") / 256.0'),
]
