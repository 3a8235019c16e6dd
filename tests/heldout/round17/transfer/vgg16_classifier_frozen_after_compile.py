"""Right: freezes the first 15 layers after compile(); Keras 3 reads trainable when training runs, and this docstring asks for no compile order, so the model has the same 10 trainable variables."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False\n    x = keras.layers.Flatten()(base.output)',
     '    x = keras.layers.Flatten()(base.output)'),
    ('    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])\n    return model',
     '    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])\n    for layer in base.layers[:15]:\n        layer.trainable = False\n    return model'),
]
