"""Right: the rescaling map runs in parallel and the dataset is prefetched."""
EXERCISE, VERDICT = "data.modern_loader", "done"
MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '''    return (dataset.map(lambda images, labels: (rescale(images), labels), num_parallel_calls=AUTOTUNE)
            .prefetch(AUTOTUNE))'''),
]
