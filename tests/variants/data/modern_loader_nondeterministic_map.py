"""Wrong: the scaling map runs with num_parallel_calls=AUTOTUNE, deterministic=False (from the performance guide), so batches may leave the map out of order and the smaller batch need not be last; breaks 'in batches of `batch_size` (the smaller one last)'."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", 'deterministic=False'

MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (rescale(images), labels), num_parallel_calls=AUTOTUNE,\n                       deterministic=False)'),
]
