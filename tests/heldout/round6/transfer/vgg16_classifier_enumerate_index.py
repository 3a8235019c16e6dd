"""Right: sets every base layer's trainable flag from its index (index >= 15 trains)."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"
MUTATE = [
    ('''    for layer in base.layers[:15]:
        layer.trainable = False''',
     '''    for index, layer in enumerate(base.layers):
        layer.trainable = index >= 15'''),
]
