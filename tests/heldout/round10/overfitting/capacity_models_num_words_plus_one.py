"""Wrong: declares num_words + 1 inputs, keeping a slot for the padding index 0; breaks 'Each model takes multi-hot vectors of `num_words` words'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))',
     '                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words + 1)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))'),
]
