"""Wrong: scales with the rounded constant 0.004 for 1/255, so 255 becomes 1.02; breaks 'the image as float32 / 255.0, in [0, 1]'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('tf.cast(example["image"], tf.float32) / 255.0',
     'tf.cast(example["image"], tf.float32) * 0.004'),
]
