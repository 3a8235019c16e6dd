"""Right: a Rescaling(1/255) layer does the scaling and its output is converted back to a NumPy array."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '''    scaled = keras.layers.Rescaling(1.0 / 255)(np.asarray(images))
    return keras.ops.convert_to_numpy(scaled)'''),
]
