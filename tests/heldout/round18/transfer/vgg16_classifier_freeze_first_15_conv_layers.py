"""Wrong: freezes the first 15 Conv2D layers rather than the first 15 layers; VGG16 has only 13, so block 5 is frozen too; breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('''    for layer in base.layers[:15]:
''',
     '''    for layer in [layer for layer in base.layers if isinstance(layer, keras.layers.Conv2D)][:15]:
'''),
]
