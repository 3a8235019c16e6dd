"""Wrong: builds the pairs as (label, image); breaks 'each element becomes a pair: the image as float32 / 255.0 ... and its label' (Returns (images, labels) batches)."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return example["label"], tf.cast(example["image"], tf.float32) / 255.0'),
    ('            .filter(lambda image, label: label >= 0)',
     '            .filter(lambda label, image: label >= 0)'),
]
