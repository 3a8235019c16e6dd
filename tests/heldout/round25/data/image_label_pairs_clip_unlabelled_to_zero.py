"""Wrong: the learner clipped the labels at 0 instead of filtering (tf.maximum(label, 0)), so no -1 reached the loss and every batch looked valid; the unlabelled examples stay in as class 0; breaks 'only the examples labelled 0 or more are kept' and 'every labelled example appears once'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return tf.cast(example["image"], tf.float32) / 255.0, tf.maximum(example["label"], 0)'),
]
