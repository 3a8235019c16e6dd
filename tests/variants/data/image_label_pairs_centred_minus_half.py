"""Wrong: centres the pixels with /255 - 0.5, as some PyTorch tutorials do; breaks 'the image as float32 / 255.0, in [0, 1]'."""

EXERCISE, VERDICT, SAYS = "data.image_label_pairs", "wrong", "images"

MUTATE = [
    ('return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     'return tf.cast(example["image"], tf.float32) / 255.0 - 0.5, example["label"]'),
]
