"""Right: applies np.vectorize(lambda pixel: pixel / 255.0, otypes=[float]) to the array, which returns a float64 NumPy array of the same shape (empty arrays too)."""

EXERCISE, VERDICT = 'fundamentals.scale_pixels', 'done'

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.vectorize(lambda pixel: pixel / 255.0, otypes=[float])(images)'),
]
