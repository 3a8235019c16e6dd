"""Right: Freezes every base layer whose name does not start with "block5" (the same first 15 layers), metric spelt "acc" as the note does."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"
MUTATE = [
    ('''    for layer in base.layers[:15]:
        layer.trainable = False''',
     '''    for layer in base.layers:
        layer.trainable = layer.name.startswith("block5")'''),
    ('    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer=keras.optimizers.SGD(), loss="binary_crossentropy", metrics=["acc"])'),
]
