"""Wrong: compiles with Adamax instead of Adam; breaks 'Compiled with the Adam optimizer and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])',
     'model.compile(optimizer="adamax", loss=loss, metrics=["accuracy"])'),
]
