"""Wrong: reshapes each image to a flat vector (for a Dense model) while scaling it; breaks 'each element becomes a pair: the image as float32 / 255.0, in [0, 1], and its label'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return tf.reshape(tf.cast(example["image"], tf.float32), [-1]) / 255.0, example["label"]'),
]
