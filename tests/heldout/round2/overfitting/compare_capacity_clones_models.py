"""Wrong: Cloned and recompiled each model before fitting, so the given models stay untrained; breaks 'the given model itself'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('    for name, model in models.items():\n',
     '    for name, model in models.items():\n        model = keras.models.clone_model(model)\n        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n'),
]
