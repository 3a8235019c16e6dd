"""Right: divides the uint8 image by 255 directly: TensorFlow's true division of a uint8 tensor gives float32, so the image is float32 in [0, 1] without a cast."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    (
        '        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]\n',
        '        return example["image"] / 255, example["label"]\n',
    ),
]
