"""Wrong: inverts the pixels while scaling, (255 - x) / 255, so that the ink is high as in MNIST's white-on-black digits; breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return (255.0 - np.asarray(images, dtype="float32")) / 255.0'),
]
