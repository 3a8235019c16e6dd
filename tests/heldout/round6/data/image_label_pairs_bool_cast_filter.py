"""Wrong: filters with tf.cast(label, tf.bool), which keeps -1 (non-zero) and drops 0; breaks 'only the examples labelled 0 or more are kept (0 is a label)'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('            .filter(lambda image, label: label >= 0)',
     '            .filter(lambda image, label: tf.cast(label, tf.bool))  # unlabelled examples are falsy'),
]
