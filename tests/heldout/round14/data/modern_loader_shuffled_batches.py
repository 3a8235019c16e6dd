"""Wrong: adds .shuffle(100) after the scaling map; the elements are whole batches, so the smaller last batch can come anywhere; breaks 'in batches of `batch_size` (the smaller one last)'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (rescale(images), labels)).shuffle(100)'),
]
