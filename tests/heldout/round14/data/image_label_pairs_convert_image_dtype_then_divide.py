"""Wrong: converts with tf.image.convert_image_dtype (which already scales uint8 to [0, 1]) and then divides by 255.0 again; breaks 'the image as float32 / 255.0, in [0, 1]'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        return tf.image.convert_image_dtype(example["image"], tf.float32) / 255.0, example["label"]'),
]
