"""Right: divides the uint8 image by 255 first (tf.truediv gives float32 for uint8) and casts the result to float32 after."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return tf.cast(example["image"] / 255, tf.float32), example["label"]'),
]
