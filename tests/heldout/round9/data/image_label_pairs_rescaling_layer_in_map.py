"""Right: scales inside the map with a keras.layers.Rescaling(1/255) layer, which casts the uint8 image to float32 and multiplies."""

EXERCISE, VERDICT = "data.image_label_pairs", "done"

MUTATE = [
    (
        '    def to_pair(example):\n        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]\n',
        '    rescale = keras.layers.Rescaling(1.0 / 255)\n\n    def to_pair(example):\n        return rescale(example["image"]), example["label"]\n',
    ),
]
