"""Wrong: flips images at random inside the map, augmenting in the input pipeline; breaks 'each element becomes a pair: the image as float32 / 255.0'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    (
        '        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
        '        image = tf.image.random_flip_left_right(tf.cast(example["image"], tf.float32) / 255.0)\n        return image, example["label"]',
    ),
]
