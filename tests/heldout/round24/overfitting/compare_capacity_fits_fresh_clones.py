"""Wrong: the learner trained a fresh clone of each model (clone_model and a new compile) so that every run starts from scratch, and returns the clones' histories; the given models are never fitted; breaks 'checks each was fitted once, the given model itself'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('for name, model in models.items():\n        history = model.fit(',
     'for name, model in models.items():\n        model = keras.models.clone_model(model)\n        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n        history = model.fit('),
]
