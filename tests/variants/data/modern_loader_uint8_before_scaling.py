"""Wrong: casts the resized images to uint8 before dividing by 255, as if they were still raw pixels; the loader's bilinear resize gives fractional values, which the cast truncates; breaks 'resized to `image_size` ... pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", 'a pixel of a resized image'

MUTATE = [
    (
        '    return dataset.map(lambda images, labels: (rescale(images), labels))\n',
        '    return dataset.map(lambda images, labels: (tf.cast(images, tf.uint8) / 255, labels))\n',
    ),
]
