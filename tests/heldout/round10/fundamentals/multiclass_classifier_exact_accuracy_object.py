"""Wrong: passes keras.metrics.Accuracy(), which counts exact matches between labels and predicted probabilities, not the class with the largest probability; breaks 'Compiled with the Adam optimizer and the "accuracy" metric.'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])\n    return model',
     '    model.compile(optimizer="adam", loss=loss, metrics=[keras.metrics.Accuracy()])\n    return model'),
]
