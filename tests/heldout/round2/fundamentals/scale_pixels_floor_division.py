"""Wrong: Used // on the uint8 array, so values stay integers (200 -> 0); breaks 'floating point, each value the pixel divided by 255'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.asarray(images) // 255'),
]
