"""Wrong: Scaled to [-1, 1] (x / 127.5 - 1, MobileNet's scaling); breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.asarray(images, dtype="float32") / 127.5 - 1.0'),
]
