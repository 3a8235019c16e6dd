"""Wrong: compiles with metrics=["categorical_accuracy"] whatever the labels, which reads one-hot rows; with integer labels it takes an argmax of each integer and measures nonsense; breaks 'Compiled with the Adam optimizer and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    (
        '    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n',
        '    model.compile(optimizer="adam", loss=loss, metrics=["categorical_accuracy"])\n',
    ),
]
