"""Right: the output is Dense(num_classes) followed by a Softmax layer named "output_layer", the softmax as a layer of its own; parameters and outputs are the reference's."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "done", ''

MUTATE = [
    ('    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)\n',
     '    x = keras.layers.Dense(num_classes, name="logits")(x)\n    outputs = keras.layers.Softmax(name="output_layer")(x)\n'),
]
