"""Wrong: Returned the scaled pixels as nested Python lists (.tolist()); breaks 'a NumPy array (not a tensor) of the same shape, floating point'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return (np.asarray(images, dtype="float32") / 255.0).tolist()'),
]
