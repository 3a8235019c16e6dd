"""Wrong: rescales with the Rescaling layer and divides by 255 again in the same map; breaks 'pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (rescale(images) / 255.0, labels))'),
]
