"""Wrong: asks for the metric "crossentropy", which Keras 2 resolved by the output shape; Keras 3 resolves only "accuracy" that way and rejects the name; breaks 'the metrics "accuracy" and "binary_crossentropy"'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('def capacity_models(num_words=10000):\n    return {\n        name: _binary(',
     'def capacity_models(num_words=10000):\n    return {\n        name: _crossentropy_metric(_binary('),
    ('                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))',
     '                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words))\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))'),
    ('def compare_capacity(',
     'def _crossentropy_metric(model):\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "crossentropy"])\n    return model\n\n\ndef compare_capacity('),
]
