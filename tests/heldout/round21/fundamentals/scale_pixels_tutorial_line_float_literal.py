"""Right: the tutorial's own line, `images / 255.0`: NumPy true division of uint8 gives a float64 array of the same shape."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"


def scale_pixels(images):
    images = images / 255.0
    return images
