"""Wrong: one key getter per field made in a loop, both reading the loop variable late, so the 'image' is the label; breaks 'the image as float32 / 255.0, in [0, 1], and its label'."""

EXERCISE, VERDICT = "data.image_label_pairs", "wrong"

MUTATE = [
    ('    def to_pair(example):\n        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]',
     '    getters = {}\n    for key in ("image", "label"):\n        getters[key] = lambda example: example[key]\n\n    def to_pair(example):\n        return tf.cast(getters["image"](example), tf.float32) / 255.0, getters["label"](example)'),
]
