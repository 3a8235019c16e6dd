"""Wrong: casts the images to float16 to halve the memory before dividing by 255; breaks 'the image as float32 / 255.0, in [0, 1]'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    (
        '        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]\n',
        '        return tf.cast(example["image"], tf.float16) / 255.0, example["label"]\n',
    ),
]
