"""Wrong: filters with label.numpy() >= 0, an eager call that a tf.data filter, traced as a graph, does not have; breaks 'A tf.data step runs as a graph: decide with tensor comparisons, not a Python if.'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('            .filter(lambda image, label: label >= 0)',
     '            .filter(lambda image, label: bool(label.numpy() >= 0))'),
]
