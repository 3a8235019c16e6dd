"""Right: scales with a named function using tf.math.truediv, mapped in parallel, instead of a Rescaling layer."""

EXERCISE, VERDICT = "data.modern_loader", "done"

MUTATE = [
    ('    rescale = keras.layers.Rescaling(1.0 / 255)\n    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    def scale(images, labels):\n        return tf.math.truediv(tf.cast(images, tf.float32), 255.0), labels\n\n    return dataset.map(scale, num_parallel_calls=AUTOTUNE)'),
]
