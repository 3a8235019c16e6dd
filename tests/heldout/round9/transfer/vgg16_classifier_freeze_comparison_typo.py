"""Wrong: writes layer.trainable == False in the freezing loop, a comparison that changes nothing, so the whole base trains; breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    (
        '    for layer in base.layers[:15]:\n        layer.trainable = False\n',
        '    for layer in base.layers[:15]:\n        layer.trainable == False\n',
    ),
]
