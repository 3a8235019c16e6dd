"""Wrong: adds .batch(batch_size) after the loader has already batched, giving batches of batches; breaks 'in batches of `batch_size` (the smaller one last)'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (rescale(images), labels)).batch(batch_size)'),
]
