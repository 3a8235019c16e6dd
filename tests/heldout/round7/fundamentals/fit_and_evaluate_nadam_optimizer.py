"""Wrong: compiles with Nadam (autocompleted), not Adam; breaks 'Compiled with the Adam optimizer'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ("""    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history""",
     """    model.compile(optimizer="nadam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history"""),
]
