"""Wrong: the learner scaled by the array's own brightest pixel, images / images.max(), which is the same as / 255 on any picture that has a white pixel; breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0' (a dark image whose brightest pixel is 200 gives 200 -> 1.0)."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'images = np.asarray(images, dtype="float32")\n    return images / images.max()'),
]
