"""Wrong: the learner counted 15 layers without the input layer and froze base.layers[:16], so block5_conv1 is frozen too and only two of block 5's convolutions train (8 trainable variables, not 10); breaks 'its first 15 layers frozen, so that only block 5's three convolutions train' and 'with 10 trainable variables: 6 in block 5, 2 per Dense layer'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    for layer in base.layers[:15]:',
     '    for layer in base.layers[:16]:'),
]
