"""Wrong: calls model.compile("sgd", "binary_crossentropy", ["accuracy"]) in Keras 2's order; Keras 3's third parameter is loss_weights, so the model has no accuracy metric; breaks 'Compiled with the "sgd" optimizer, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    (
        '    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])\n',
        '    model.compile("sgd", "binary_crossentropy", ["accuracy"])\n',
    ),
]
