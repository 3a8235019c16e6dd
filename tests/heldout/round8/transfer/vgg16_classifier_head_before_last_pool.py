"""Wrong: flattens block5_conv3's output (base.layers[-2]), leaving out the last max pooling, so the head reads a map four times larger; breaks 'on the base's output, the head: a flattening, ...'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    (
        '    x = keras.layers.Flatten()(base.output)',
        '    x = keras.layers.Flatten()(base.layers[-2].output)  # skip the last pooling',
    ),
]
