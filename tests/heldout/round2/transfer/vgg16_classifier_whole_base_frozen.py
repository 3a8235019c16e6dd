"""Wrong: Froze the whole base; breaks 'only block 5's three convolutions train'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False',
     '    base.trainable = False'),
]
