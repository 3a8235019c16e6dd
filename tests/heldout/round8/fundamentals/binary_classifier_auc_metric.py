"""Wrong: compiles with an AUC metric instead of accuracy; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    (
        'model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
        'model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC()])',
    ),
]
