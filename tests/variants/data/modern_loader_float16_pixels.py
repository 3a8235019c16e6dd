"""Wrong: casts the images to float16 before dividing by 255, so pixels come out in half precision (128/255 -> 0.502); breaks 'pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", 'image dtype'

MUTATE = [
    ('    return dataset.map(lambda images, labels: (rescale(images), labels))',
     '    return dataset.map(lambda images, labels: (tf.cast(images, tf.float16) / 255.0, labels))  # half the memory'),
]
