"""Wrong: permutes the batches to (batch, channels, height, width), torchvision's ToTensor layout; breaks 'resized to `image_size` ... nothing else changed'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('return dataset.map(lambda images, labels: (rescale(images), labels))',
     'return dataset.map(lambda images, labels: (tf.transpose(rescale(images), [0, 3, 1, 2]), labels))'),
]
