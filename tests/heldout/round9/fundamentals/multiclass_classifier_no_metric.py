"""Wrong: compiles with the optimizer and the matching loss but no metric, so fit() reports the loss only; breaks 'Compiled with the Adam optimizer and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    (
        '    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n',
        '    model.compile(optimizer="adam", loss=loss)\n',
    ),
]
