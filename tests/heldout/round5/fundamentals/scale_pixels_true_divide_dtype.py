"""Right: np.true_divide(images, 255, dtype=np.float32) divides and converts in one call."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.true_divide(np.asarray(images), 255, dtype=np.float32)'),
]
