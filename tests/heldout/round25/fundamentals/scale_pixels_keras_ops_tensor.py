"""Wrong: scaled with keras.ops (cast to float32, divide by 255) and printed values from 0.0 to 1.0, so it looked done; the result is a backend tensor, not an array; breaks 'a NumPy array (not a tensor) of the same shape'."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "wrong"

MUTATE = [
    ('return np.asarray(images, dtype="float32") / 255.0',
     'return keras.ops.cast(images, "float32") / 255.0'),
]
