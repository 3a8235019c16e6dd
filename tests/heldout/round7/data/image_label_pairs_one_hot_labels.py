"""Wrong: filters first, then turns each label into a one-hot row of 10; breaks 'each element becomes a pair: the image as float32 / 255.0, in [0, 1], and its label'."""
EXERCISE, VERDICT = "data.image_label_pairs", "wrong"
MUTATE = [
    ("""    def to_pair(example):
        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]

    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)""",
     """    def to_pair(example):
        return tf.cast(example["image"], tf.float32) / 255.0, tf.one_hot(example["label"], 10)

    return (dataset.filter(lambda example: example["label"] >= 0)
            .map(to_pair, num_parallel_calls=AUTOTUNE)"""),
]
