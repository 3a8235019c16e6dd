"""Right: compiles with metrics=["acc"], the note's spelling, which Keras 3 reads as accuracy."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"

MUTATE = [
    ('model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["acc"])'),
]
