"""Right: reads the files unshuffled (the order is not part of the contract) and maps the scaling with parallel calls."""

EXERCISE, VERDICT = "data.modern_loader", "done"

MUTATE = [
    ('batch_size=batch_size, label_mode="binary")',
     'batch_size=batch_size, label_mode="binary",\n                                                       shuffle=False)'),
    ('return dataset.map(lambda images, labels: (rescale(images), labels))',
     'return dataset.map(lambda images, labels: (rescale(images), labels), num_parallel_calls=AUTOTUNE)'),
]
