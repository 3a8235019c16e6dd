"""Right: divides in double precision, np.asarray(images, dtype=np.float64) / 255, then casts the quotient to float32 with astype: a new float32 NumPy array of the same shape, each value the correctly rounded pixel / 255 (0 -> 0.0, 255 -> 1.0)."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    exact = np.asarray(images, dtype=np.float64) / 255\n    return exact.astype(np.float32)'),
]
