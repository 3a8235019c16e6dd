"""Wrong: freezes the first 15 layers, then sets base.trainable = True for "the rest"; setting trainable on the base sets it on every layer inside, undoing the freeze; breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    (
        '    for layer in base.layers[:15]:\n        layer.trainable = False\n',
        '    for layer in base.layers[:15]:\n        layer.trainable = False\n    base.trainable = True  # the rest of the base trains\n',
    ),
]
