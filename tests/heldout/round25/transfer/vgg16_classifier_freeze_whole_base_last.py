"""Wrong: the learner opened block 5 (layer.trainable = True for base.layers[15:]) and then wrote base.trainable = False "to freeze the rest", which sets every layer of the base back to frozen; the model builds and compiles with the right parameter count in all, but only the head trains (4 trainable variables); breaks 'only block 5's three convolutions train' and 'with 10 trainable variables: 6 in block 5, 2 per Dense layer'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False\n    x = keras.layers.Flatten()(base.output)',
     '    for layer in base.layers[15:]:\n        layer.trainable = True\n    base.trainable = False\n    x = keras.layers.Flatten()(base.output)'),
]
