"""Wrong: Added a channel axis for Conv2D while scaling (x[..., np.newaxis]); breaks 'a NumPy array (not a tensor) of the same shape'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return (np.asarray(images, dtype="float32") / 255.0)[..., np.newaxis]'),
]
