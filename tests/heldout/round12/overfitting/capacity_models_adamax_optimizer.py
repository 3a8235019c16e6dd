"""Wrong: compiles the three models again with Adamax; breaks 'Each is compiled with the Adam optimizer, the binary_crossentropy loss, and the metrics "accuracy" and "binary_crossentropy"'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('def capacity_models(num_words=10000):\n    return {',
     'def capacity_models(num_words=10000):\n    models = {'),
    ('        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     '        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }\n    for model in models.values():\n        model.compile(optimizer="adamax", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n    return models'),
]
