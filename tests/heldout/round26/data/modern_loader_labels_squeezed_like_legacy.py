"""Wrong: the learner compared a batch with legacy_generator's, whose binary labels come as a flat (batch,) vector, and squeezed the modern loader's labels to match; the labels lose their trailing axis and are (batch,) instead of (batch, 1); breaks 'labels of shape (batch, 1), 0.0 or 1.0 by the sorted class folders'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (rescale(images), tf.squeeze(labels, axis=-1)))'),
]
