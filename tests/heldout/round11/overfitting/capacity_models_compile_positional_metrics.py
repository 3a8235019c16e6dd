"""Wrong: compiles positionally, compile("adam", "binary_crossentropy", ["accuracy", "binary_crossentropy"]): Keras 3's third parameter is loss_weights, so there are no metrics and two weights for one loss; breaks 'Each is compiled with the Adam optimizer, the binary_crossentropy loss, and the metrics "accuracy" and "binary_crossentropy"'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])',
     '    model.compile("adam", "binary_crossentropy", ["accuracy", "binary_crossentropy"])'),
]
