"""Right: keeps the labelled examples with tf.math.greater_equal(label, 0) as the predicate."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    ('            .filter(lambda image, label: label >= 0)',
     '            .filter(lambda image, label: tf.math.greater_equal(label, 0))'),
]
