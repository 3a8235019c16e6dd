"""Wrong: calls dataset.map(...) as if it changed the dataset in place and returns the original dataset, so the pixels stay 0..255; breaks 'pixels in [0, 1]'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    (
        '    return dataset.map(lambda images, labels: (rescale(images), labels))\n',
        '    dataset.map(lambda images, labels: (rescale(images), labels))\n    return dataset\n',
    ),
]
