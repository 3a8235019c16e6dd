"""Wrong: compares with tf.greater_equal(label, tf.constant(0)), an int32 zero, which fails for int64 labels (NumPy's default integers); breaks 'only the examples labelled 0 or more are kept (0 is a label)'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('.filter(lambda image, label: label >= 0)',
     '.filter(lambda image, label: tf.greater_equal(label, tf.constant(0)))'),
]
