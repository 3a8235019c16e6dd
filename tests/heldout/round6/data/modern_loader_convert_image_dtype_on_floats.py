"""Wrong: scales with tf.image.convert_image_dtype, which leaves the loader's float32 images untouched (it only scales integer images), so pixels stay 0..255; breaks 'pixels in [0, 1]'."""
EXERCISE, VERDICT = "data.modern_loader", "wrong"
MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (tf.image.convert_image_dtype(images, tf.float32), labels))'),
]
