"""Right: casts to float32 and multiplies by the float32 reciprocal of 255."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.asarray(images).astype(np.float32) * np.float32(1.0 / 255.0)'),
]
