"""Wrong: maps each pixel to the centre of its bin, (pixel + 0.5) / 256, as in texture sampling; breaks '0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return (np.asarray(images, dtype="float32") + 0.5) / 256.0'),
]
