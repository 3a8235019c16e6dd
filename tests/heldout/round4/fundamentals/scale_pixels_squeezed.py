"""Wrong: Squeezed the result to drop size-1 axes (a (28, 28, 1) image comes back (28, 28)); breaks 'a NumPy array (not a tensor) of the same shape'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.squeeze(np.asarray(images, dtype="float32") / 255.0)'),
]
