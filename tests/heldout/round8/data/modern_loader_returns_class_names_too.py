"""Wrong: returns (dataset, class_names) because the mapped dataset loses .class_names; breaks 'Returns: a tf.data.Dataset of (images in [0, 1], binary labels) batches'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    (
        '    return dataset.map(lambda images, labels: (rescale(images), labels))',
        '    class_names = dataset.class_names  # map() drops them: keep them for later\n    return dataset.map(lambda images, labels: (rescale(images), labels)), class_names',
    ),
]
