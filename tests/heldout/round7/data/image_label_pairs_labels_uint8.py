"""Wrong: casts labels to uint8 before filtering, so -1 wraps to 255 and the unlabelled examples pass the filter; breaks 'only the examples labelled 0 or more are kept'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return tf.cast(example["image"], tf.float32) / 255.0, tf.cast(example["label"], tf.uint8)'),
]
