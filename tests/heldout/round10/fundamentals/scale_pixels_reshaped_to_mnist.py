"""Wrong: reshapes to the note's (-1, 28, 28) image batches before dividing; breaks 'a NumPy array (not a tensor) of the same shape'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.asarray(images, dtype="float32").reshape(-1, 28, 28) / 255.0'),
]
