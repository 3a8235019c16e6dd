"""Wrong: divides with np.divide(images, 255.0, where=images > 0, dtype="float32") to skip the zero pixels, but without out= the skipped places hold whatever the new array's memory held; breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    images = np.asarray(images)\n    return np.divide(images, 255.0, where=images > 0, dtype="float32")'),
]
