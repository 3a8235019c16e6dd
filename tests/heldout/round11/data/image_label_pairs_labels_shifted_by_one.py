"""Wrong: shifts every label up by one so that a "> 0" filter keeps label 0, and never shifts back: labels come out 1 higher; breaks 'each element becomes a pair: the image as float32 / 255.0, in [0, 1], and its label'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return tf.cast(example["image"], tf.float32) / 255.0, example["label"] + 1'),
    ('            .filter(lambda image, label: label >= 0)',
     '            .filter(lambda image, label: label > 0)'),
]
