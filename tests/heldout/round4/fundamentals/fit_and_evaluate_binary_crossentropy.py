"""Wrong: Compiled with binary_crossentropy for a three-class softmax with integer labels; breaks 'the sparse_categorical_crossentropy loss (the labels are integers)'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ("""model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history""",
     """model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    history"""),
]
