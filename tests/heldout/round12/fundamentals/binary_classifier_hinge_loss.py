"""Wrong: compiles with the hinge loss, a margin loss for two classes, instead of binary_crossentropy; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="adam", loss="hinge", metrics=["accuracy"])'),
]
