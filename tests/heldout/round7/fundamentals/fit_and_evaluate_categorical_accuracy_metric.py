"""Wrong: compiles with metrics=['categorical_accuracy'], which reads the integer labels as one-hot rows, so the returned accuracy is not the test accuracy; breaks 'the "accuracy" metric' / 'the labels are integers (3, not one-hot)'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ("""    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history""",
     """    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["categorical_accuracy"])
    history"""),
]
