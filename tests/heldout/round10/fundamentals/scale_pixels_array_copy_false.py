"""Wrong: converts with np.array(images, dtype='float32', copy=False), which NumPy 2 refuses (ValueError) whenever the conversion needs a copy, as it does for uint8; breaks 'Images arrive as integers from 0 to 255 (uint8).'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.array(images, dtype="float32", copy=False) / 255.0'),
]
