"""Wrong: divides by 256 (the number of grey levels) instead of 255; breaks 'each element becomes a pair: the image as float32 / 255.0, in [0, 1], and its label'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('tf.cast(example["image"], tf.float32) / 255.0',
     'tf.cast(example["image"], tf.float32) / 256.0'),
]
