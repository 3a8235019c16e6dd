"""Wrong: scales only when the array's maximum is above 1 ("already scaled?"), so a dark image of 0s and 1s comes back unscaled and still uint8; breaks 'floating point, each value the pixel divided by 255'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    (
        '    return np.asarray(images, dtype="float32") / 255.0',
        '    images = np.asarray(images)\n    if images.max() > 1:  # already in [0, 1]? then leave it alone\n        return images.astype("float32") / 255.0\n    return images',
    ),
]
