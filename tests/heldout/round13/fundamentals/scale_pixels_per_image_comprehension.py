"""Right: scales element by element along the first axis in a comprehension and builds a float32 array of the results."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    images = np.asarray(images)\n    return np.array([item / 255.0 for item in images], dtype="float32").reshape(images.shape)'),
]
