"""Wrong: permutes the batches to (batch, channels, height, width), torchvision's ToTensor layout; breaks 'resized to `image_size` ... nothing else changed'."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", "returned dataset"

MUTATE = [
    ('return dataset.map(lambda images, labels: (rescale(images), labels))',
     'return dataset.map(lambda images, labels: (tf.transpose(rescale(images), [0, 3, 1, 2]), labels))'),
]
