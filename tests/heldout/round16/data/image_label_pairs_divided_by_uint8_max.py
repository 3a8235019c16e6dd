"""Right: divides the float32 image by tf.uint8.max, the Python int 255, which gives the same float32 values as / 255.0."""

EXERCISE, VERDICT = 'data.image_label_pairs', 'done'

MUTATE = [
    ('tf.cast(example["image"], tf.float32) / 255.0',
     'tf.cast(example["image"], tf.float32) / tf.uint8.max'),
]
