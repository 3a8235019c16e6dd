"""Right: Converts with astype(np.float64) and divides by the integer 255: a float64 array instead of float32, same values."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.asarray(images).astype(np.float64) / 255'),
]
