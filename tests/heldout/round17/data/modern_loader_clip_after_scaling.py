"""Right: scales with images / 255.0 and then tf.clip_by_value(..., 0.0, 1.0) for safety; bilinear pixels already lie in 0..255, so nothing else changes."""

EXERCISE, VERDICT = "data.modern_loader", "done"

MUTATE = [
    ('    rescale = keras.layers.Rescaling(1.0 / 255)\n    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (tf.clip_by_value(images / 255.0, 0.0, 1.0), labels))'),
]
