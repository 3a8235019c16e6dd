"""Wrong: trains with squared_hinge, the loss of sklearn's LinearSVC; breaks 'the binary_crossentropy loss'."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "loss"

MUTATE = [
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="adam", loss="squared_hinge", metrics=["accuracy"])'),
]
