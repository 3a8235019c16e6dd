"""Wrong: scales pixel by pixel with a nested comprehension over rows and values, which only fits two-axis images; breaks 'an array of any shape with values 0..255, usually dtype uint8'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return np.array([[pixel / 255.0 for pixel in row] for row in images], dtype="float32")'),
]
