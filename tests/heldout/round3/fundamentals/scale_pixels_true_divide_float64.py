"""Right: np.true_divide(images, 255) gives float64 instead of float32; still floating point, same shape, each value / 255."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.true_divide(images, 255)'),
]
