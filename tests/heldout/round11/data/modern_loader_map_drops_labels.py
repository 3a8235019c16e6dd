"""Wrong: maps each batch to its rescaled images only, dropping the labels; breaks 'a tf.data.Dataset of (images in [0, 1], binary labels) batches'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: rescale(images))'),
]
