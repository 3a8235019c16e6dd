"""Wrong: divides each image by its own largest pixel ('normalise'); breaks 'the image as float32 / 255.0, in [0, 1]'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ('        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     """        image = tf.cast(example["image"], tf.float32)
        return image / tf.reduce_max(image), example["label"]"""),
]
