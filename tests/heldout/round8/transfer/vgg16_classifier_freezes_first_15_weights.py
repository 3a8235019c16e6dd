"""Wrong: freezes base.weights[:15], the first 15 weight variables (kernels and biases, two per convolution), instead of the first 15 layers, so part of block 4 stays trainable; breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    (
        '    for layer in base.layers[:15]:\n        layer.trainable = False\n',
        '    for weight in base.weights[:15]:\n        weight.trainable = False\n',
    ),
]
