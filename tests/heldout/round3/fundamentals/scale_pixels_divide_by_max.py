"""Wrong: Divided by the array's own largest value instead of 255; breaks 'each value the pixel divided by 255'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '''    images = np.asarray(images, dtype="float32")
    return images / images.max()'''),
]
