"""Wrong: freezes base.layers[1:16], skipping the InputLayer as 'not a real layer', which freezes block5_conv1 too; breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    for layer in base.layers[:15]:',
     '    for layer in base.layers[1:16]:'),
]
