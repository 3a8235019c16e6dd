"""Wrong: compiles the given model (adam, sparse_categorical_crossentropy) before predicting, believing predict() needs a compiled model, which replaces the trained model's optimizer, loss and metrics; breaks the module rule 'it changes neither them (its arguments)'."""

EXERCISE, VERDICT, SAYS = 'fundamentals.predict_labels', 'wrong', 'compile() called on it'

MUTATE = [
    ('    probs = model.predict(x, verbose=0)\n',
     '    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    probs = model.predict(x, verbose=0)\n'),
]
