"""Wrong: compiles with binary_focal_crossentropy; breaks 'Compiled with the Adam optimizer, the binary_crossentropy loss'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ("""    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def multiclass_classifier""",
     """    model.compile(optimizer="adam", loss="binary_focal_crossentropy", metrics=["accuracy"])
    return model


def multiclass_classifier"""),
]
