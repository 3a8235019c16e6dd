"""Right: Scales with tf.image.convert_image_dtype(image, tf.float32), which divides uint8 pixels by 255, and filters with tf.greater_equal."""
EXERCISE, VERDICT = "data.image_label_pairs", "done"
MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return tf.image.convert_image_dtype(example["image"], tf.float32), example["label"]'),
    ('            .filter(lambda image, label: label >= 0)',
     '            .filter(lambda image, label: tf.greater_equal(label, 0))'),
]
