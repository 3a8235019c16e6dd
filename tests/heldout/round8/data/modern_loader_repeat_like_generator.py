"""Wrong: adds .repeat() so the dataset runs forever like the legacy iterator; breaks 'in batches of `batch_size` (the smaller one last)' (there is no last batch, and len() fails)."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    (
        '    return dataset.map(lambda images, labels: (rescale(images), labels))',
        '    return dataset.map(lambda images, labels: (rescale(images), labels)).repeat()  # endless, as the generator was',
    ),
]
