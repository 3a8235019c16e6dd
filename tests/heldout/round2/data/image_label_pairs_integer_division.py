"""Wrong: Divided the uint8 image with //, leaving 0/1 integers; breaks 'the image as float32 / 255.0'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     'return example["image"] // 255, example["label"]'),
]
