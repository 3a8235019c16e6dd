"""Wrong: flattens with Reshape((7 * 11 * 512,)), the size read off the default 240x360 summary, which fails for any other input; breaks 'on the base's output, the head: a flattening'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    x = keras.layers.Flatten()(base.output)',
     '    x = keras.layers.Reshape((7 * 11 * 512,))(base.output)'),
]
