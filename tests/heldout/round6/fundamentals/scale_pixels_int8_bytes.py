"""Wrong: casts to int8 ('a byte') before dividing, so pixels above 127 wrap to negatives; breaks 'each value the pixel divided by 255: 255 -> 1.0'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.asarray(images).astype("int8") / 255.0'),
]
