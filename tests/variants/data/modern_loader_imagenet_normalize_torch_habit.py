"""Wrong: follows the rescaling with torchvision's Normalize(ImageNet mean, std); breaks 'pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", "returned dataset"

MUTATE = [
    ('return dataset.map(lambda images, labels: (rescale(images), labels))',
     'mean = tf.constant([0.485, 0.456, 0.406])\n    std = tf.constant([0.229, 0.224, 0.225])\n    return dataset.map(lambda images, labels: ((rescale(images) - mean) / std, labels))'),
]
