"""Wrong: spelled the metric as keras.metrics.CategoricalAccuracy(), checked with one-hot labels; with integer labels it compares against the argmax of a single number and reports nonsense; breaks 'Compiled with the Adam optimizer and the "accuracy" metric' (for either kind of label)."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     'model.compile(optimizer="adam", loss=loss, metrics=[keras.metrics.CategoricalAccuracy()])'),
]
