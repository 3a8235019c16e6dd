"""Wrong: Scaled the images to [-1, 1] with / 127.5 - 1; breaks 'the image as float32 / 255.0, in [0, 1]'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     'return tf.cast(example["image"], tf.float32) / 127.5 - 1.0, example["label"]'),
]
