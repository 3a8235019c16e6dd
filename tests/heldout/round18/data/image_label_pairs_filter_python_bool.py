"""Wrong: the filter predicate returns bool(label >= 0), a Python bool of a graph tensor, which tf.data cannot trace; breaks 'A tf.data step runs as a graph: decide with tensor comparisons, not a Python if.'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('.filter(lambda image, label: label >= 0)',
     '.filter(lambda image, label: bool(label >= 0))'),
]
