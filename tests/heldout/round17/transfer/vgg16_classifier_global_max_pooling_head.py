"""Wrong: reads the base's maps with GlobalMaxPooling2D instead of flattening them, so the hidden layer sees 512 values, not height x width x 512; breaks 'the head: a flattening, a hidden layer of 256 units (relu)'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    x = keras.layers.Flatten()(base.output)',
     '    x = keras.layers.GlobalMaxPooling2D()(base.output)'),
]
