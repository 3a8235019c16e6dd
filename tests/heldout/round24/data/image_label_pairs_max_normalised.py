"""Wrong: the learner normalised each image by its own brightest pixel, image / max(image), believing that is how pixels get into [0, 1]; an image whose brightest pixel is below 255 is stretched, which breaks 'the image as float32 / 255.0, in [0, 1]'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '        image = tf.cast(example["image"], tf.float32)\n'
     '        return image / tf.reduce_max(image), example["label"]'),
]
