"""Wrong: freezes base.layers[:11], counting three blocks, so block 4 trains too (16 trainable variables); breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    for layer in base.layers[:15]:',
     '    for layer in base.layers[:11]:'),
]
