"""Wrong: loads at the default 256x256, then tf.image.resize(..., preserve_aspect_ratio=True), which fits a non-square image_size inside the square instead of reaching it; breaks 'resized to `image_size`'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('image_size=image_size,\n                                                       batch_size=batch_size, label_mode="binary")',
     'batch_size=batch_size, label_mode="binary")'),
    ('return dataset.map(lambda images, labels: (rescale(images), labels))',
     'return dataset.map(lambda images, labels: (\n        rescale(tf.image.resize(images, image_size, preserve_aspect_ratio=True)), labels))'),
]
