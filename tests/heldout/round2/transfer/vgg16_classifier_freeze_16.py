"""Wrong: Froze the first 16 layers (block5_conv1 too); breaks 'its first 15 layers frozen' and '10 trainable variables'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('for layer in base.layers[:15]:',
     'for layer in base.layers[:16]:'),
]
