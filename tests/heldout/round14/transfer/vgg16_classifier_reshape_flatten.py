"""Right: flattens with keras.layers.Reshape((-1,)), which the module docstring reads as the Flatten it stands for; the same parameter counts."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    ('    x = keras.layers.Flatten()(base.output)\n',
     '    x = keras.layers.Reshape((-1,))(base.output)\n'),
]
