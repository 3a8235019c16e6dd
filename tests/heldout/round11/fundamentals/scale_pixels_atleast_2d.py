"""Wrong: wraps the images in np.atleast_2d to be sure of a batch axis, so a one-axis array comes back as (1, n); breaks 'a NumPy array (not a tensor) of the same shape'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.atleast_2d(np.asarray(images, dtype="float32")) / 255.0'),
]
