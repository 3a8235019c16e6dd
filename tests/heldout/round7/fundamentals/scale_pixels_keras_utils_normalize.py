"""Wrong: reached for keras.utils.normalize, which divides each row by its L2 norm, not by 255; breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return keras.utils.normalize(np.asarray(images, dtype="float32"))'),
]
