"""Wrong: casts with np.float_, an alias NumPy 2 removed (AttributeError); breaks 'floating point, each value the pixel divided by 255'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.asarray(images).astype(np.float_) / 255.0'),
]
