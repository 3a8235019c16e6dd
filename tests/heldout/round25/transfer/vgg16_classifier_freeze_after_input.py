"""Wrong: the learner did not count the InputLayer among "the first 15 layers" and froze base.layers[1:16]; the model compiles, trains and counts the same parameters in all, but block5_conv1 is frozen too (8 trainable variables, not 10); breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False\n    x = keras.layers.Flatten()(base.output)',
     '    for layer in base.layers[1:16]:\n        layer.trainable = False\n    x = keras.layers.Flatten()(base.output)'),
]
