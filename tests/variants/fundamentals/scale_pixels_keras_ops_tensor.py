"""Wrong: Scaled with keras.ops and returned the backend tensor; breaks 'Returns: an array of the same shape, floating point'."""
EXERCISE, VERDICT, SAYS = "fundamentals.scale_pixels", "wrong", 'return a NumPy array'
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return keras.ops.divide(keras.ops.cast(images, "float32"), 255.0)'),
]
