"""Wrong: standardises each image (mean 0, std 1) instead of scaling by 1/255; breaks 'pixels in [0, 1]'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (tf.image.per_image_standardization(images), labels))'),
]
