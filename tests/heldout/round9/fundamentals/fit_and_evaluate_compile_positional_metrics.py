"""Wrong: calls model.compile("adam", "sparse_categorical_crossentropy", ["accuracy"]) in Keras 2's order; Keras 3's third parameter is loss_weights, so no metric is compiled and the list lands in the loss weights; breaks 'Compiled with the Adam optimizer, the sparse_categorical_crossentropy loss ... and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    (
        '    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n',
        '    model.compile("adam", "sparse_categorical_crossentropy", ["accuracy"])\n',
    ),
]
