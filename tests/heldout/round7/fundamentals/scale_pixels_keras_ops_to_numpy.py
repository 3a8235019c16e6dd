"""Right: keras.ops cast and divide, converted back to a NumPy array with keras.ops.convert_to_numpy."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     """    scaled = keras.ops.divide(keras.ops.cast(images, "float32"), 255.0)
    return keras.ops.convert_to_numpy(scaled)"""),
]
