"""Right: freezes the whole base, then unfreezes base.layers[15:] (block 5); the model is built from the base's layers, so those three convolutions train."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"
MUTATE = [
    ("""    for layer in base.layers[:15]:
        layer.trainable = False""",
     """    base.trainable = False
    for layer in base.layers[15:]:
        layer.trainable = True"""),
]
