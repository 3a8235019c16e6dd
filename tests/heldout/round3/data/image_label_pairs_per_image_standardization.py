"""Wrong: 'Normalised' each image with tf.image.per_image_standardization (mean 0, spread 1) instead of dividing by 255; breaks 'the image as float32 / 255.0, in [0, 1]'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return tf.image.per_image_standardization(example["image"]), example["label"]'),
]
