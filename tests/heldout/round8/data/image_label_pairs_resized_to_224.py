"""Wrong: resizes every image to 224x224 in the map, as for an ImageNet base; breaks 'each element becomes a pair: the image as float32 / 255.0, in [0, 1], and its label'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    (
        '        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
        '        image = tf.cast(example["image"], tf.float32) / 255.0\n        return tf.image.resize(image, (224, 224)), example["label"]',
    ),
]
