"""Wrong: Returned the dataset without scaling it; breaks 'pixels in [0, 1]'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('return dataset.map(lambda images, labels: (rescale(images), labels))',
     'return dataset'),
]
