"""Right: Divides the array by a float32 scalar (np.divide(images, np.float32(255))), so uint8 promotes to float32 without an explicit cast."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.divide(np.asarray(images), np.float32(255.0))'),
]
