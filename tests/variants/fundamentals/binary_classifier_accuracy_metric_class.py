"""Wrong: compiles with metrics=[keras.metrics.Accuracy()], which counts exact equality of label and output: a sigmoid output of 0.93 never equals the label 1, so the metric stays near 0; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", 'keras.metrics.Accuracy()'

MUTATE = [
    (
        '    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n',
        '    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.Accuracy()])\n',
    ),
]
