"""Wrong: Flattened the array while scaling; breaks 'an array of the same shape'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.asarray(images, dtype="float32").reshape(-1) / 255.0'),
]
