"""Wrong: Rounded the scaled pixels to two decimals to keep them tidy; breaks 'each value the pixel divided by 255'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.round(np.asarray(images, dtype="float32") / 255.0, 2)'),
]
