"""Right: Uses tf.math.divide and tf.math.greater_equal, and a shuffle buffer of 100."""
EXERCISE, VERDICT = "data.image_label_pairs", "done"
MUTATE = [
    ('            .filter(lambda image, label: label >= 0)\n            .shuffle(1000)\n',
     '            .filter(lambda image, label: tf.math.greater_equal(label, 0))\n            .shuffle(100)\n'),
    ('return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     'return tf.math.divide(tf.cast(example["image"], tf.float32), 255.0), example["label"]'),
]
