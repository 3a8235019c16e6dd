"""Wrong: maps the Rescaling layer over the labels too, so labels become 0.0 and 1/255; breaks 'labels of shape (batch, 1), 0.0 or 1.0 by the sorted class folders'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (rescale(images), rescale(labels)))'),
]
