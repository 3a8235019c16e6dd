"""Right: Scales in the map with tf.cast(images, tf.float32) / 255.0 instead of a Rescaling layer."""
EXERCISE, VERDICT = "data.modern_loader", "done"
MUTATE = [
    ('    rescale = keras.layers.Rescaling(1.0 / 255)\n    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (tf.cast(images, tf.float32) / 255.0, labels))'),
]
