"""Wrong: the learner named the metric as an object, keras.metrics.SparseCategoricalAccuracy(name="accuracy"), so that the history keys stayed "accuracy", picking the sparse class because their own labels were integers; with one-hot labels the sparse metric compares the predicted class (batch,) with the one-hot rows (batch, classes), and fit() and evaluate() stop with a shape error; breaks 'Compiled with the Adam optimizer and the "accuracy" metric' for 'one-hot labels ([0, 0, 0, 1, ...]), when `one_hot` is True'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     '    model.compile(optimizer="adam", loss=loss,\n'
     '                  metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")])'),
]
