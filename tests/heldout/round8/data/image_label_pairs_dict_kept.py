"""Wrong: scales the image but keeps each element a dictionary, so fit() gets no (input, target) pairs; breaks 'each element becomes a pair' and 'Returns: a tf.data.Dataset of (float32 images in [0, 1], labels) batches'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    (
        '        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
        '        return {"image": tf.cast(example["image"], tf.float32) / 255.0, "label": example["label"]}',
    ),
    (
        '            .filter(lambda image, label: label >= 0)',
        '            .filter(lambda example: example["label"] >= 0)',
    ),
]
