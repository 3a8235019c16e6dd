"""Wrong: builds the base with pooling="max", so the head flattens a pooled 512-vector rather than block 5's pooled maps, with far fewer head parameters; breaks 'on the base's output, the head: a flattening, a hidden layer of 256 units'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))',
     '    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape),\n                                    pooling="max")'),
]
