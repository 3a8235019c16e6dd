"""Wrong: filters with lambda image, label: label is not None, a Python test that is always true for a tensor, so the unlabelled examples stay; breaks 'only the examples labelled 0 or more are kept (0 is a label)'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('.filter(lambda image, label: label >= 0)',
     '.filter(lambda image, label: tf.constant(label is not None))'),
]
