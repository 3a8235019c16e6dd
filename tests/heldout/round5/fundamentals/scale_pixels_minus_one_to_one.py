"""Wrong: Used MobileNet-style scaling / 127.5 - 1 (pixels in [-1, 1]); breaks 'each value the pixel divided by 255: 0 -> 0.0, 255 -> 1.0'."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"
MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return np.asarray(images, dtype="float32") / 127.5 - 1.0'),
]
