"""Wrong: scales each batch by its own largest pixel instead of by 255 (a dark batch is brightened); breaks 'pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('    rescale = keras.layers.Rescaling(1.0 / 255)\n    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (images / tf.reduce_max(images), labels))'),
]
