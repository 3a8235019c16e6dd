"""Wrong: Compiled with categorical_crossentropy on the one sigmoid unit (always 0 loss); breaks 'Compiled with ... the binary_crossentropy loss'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])'),
]
