"""Right: filter with tf.math.greater(label, -1) (integers: the same as >= 0), shuffle buffer by keyword."""
EXERCISE, VERDICT = "data.image_label_pairs", "done"
MUTATE = [
    ('            .filter(lambda image, label: label >= 0)',
     '            .filter(lambda image, label: tf.math.greater(label, -1))'),
]
