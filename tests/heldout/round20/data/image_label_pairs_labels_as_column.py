"""Wrong: gives each label shape (1,) ("Keras wants (batch, 1) targets"), so batches of labels are (batch, 1), not one label per example; breaks 'each element becomes a pair: the image ... and its label'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ("""        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]""",
     """        return tf.cast(example["image"], tf.float32) / 255.0, tf.expand_dims(example["label"], -1)"""),
    ("            .filter(lambda image, label: label >= 0)",
     "            .filter(lambda image, label: tf.reduce_all(label >= 0))"),
]
