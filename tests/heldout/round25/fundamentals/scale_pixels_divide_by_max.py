"""Wrong: divided by the batch's own largest pixel, which is 255 in any real photo batch the learner printed; a darker image (brightest pixel 200) is stretched so 200 -> 1.0; breaks 'each value the pixel divided by 255'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'images = np.asarray(images, dtype="float32")\n    return images / images.max()'),
]
