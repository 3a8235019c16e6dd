"""Right: converts with np.float32(images), which gives a float32 array of the same shape, then divides by 255."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.float32(images) / np.float32(255)'),
]
