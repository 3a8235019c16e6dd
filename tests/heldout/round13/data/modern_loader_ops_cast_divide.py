"""Right: scales in the map with keras.ops (cast to float32, divide by 255) instead of a Rescaling layer."""

EXERCISE, VERDICT = "data.modern_loader", "done"

MUTATE = [
    ('    rescale = keras.layers.Rescaling(1.0 / 255)\n    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    def scale(images, labels):\n        return keras.ops.divide(keras.ops.cast(images, "float32"), 255.0), labels\n\n    return dataset.map(scale)'),
]
