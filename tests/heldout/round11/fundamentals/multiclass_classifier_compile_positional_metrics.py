"""Wrong: compiles positionally, compile("adam", loss, ["accuracy"]): Keras 3's third parameter is loss_weights, so the metric list becomes a loss weight and no accuracy is tracked; breaks 'Compiled with the Adam optimizer and the "accuracy" metric.'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     '    model.compile("adam", loss, ["accuracy"])'),
]
