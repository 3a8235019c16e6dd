"""Wrong: maps every label to float32 after loading (ready for a sigmoid loss), whatever the label_mode, so "int" labels come out as 0.0, 1.0, 2.0; breaks 'label_mode: passed through: "int" (labels 0, 1, 2, ...)'."""

EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", "labels' type"

MUTATE = [
    ('    return train, validation\n',
     '    def to_float(images, labels):\n        return images, tf.cast(labels, tf.float32)\n\n    return train.map(to_float), validation.map(to_float)\n'),
]
