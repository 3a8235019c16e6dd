"""Wrong: the learner kept one builder per size in a dict filled by a loop, builders[name] = lambda: _binary(Dense(units, relu), Dense(units, relu), Dense(1, sigmoid), num_words=num_words), and calls each builder at the end; their check printed the bigger model's summary, 512 units, and trained it, but every lambda reads `units` when it is called, after the loop ended on 512, so the baseline and the smaller model are 512-unit models too; breaks 'baseline: 16 units, smaller: 4 units, bigger: 512 units'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('''    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }''',
     '''    builders = {}
    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):
        builders[name] = lambda: _binary(keras.layers.Dense(units, activation="relu"),
                                         keras.layers.Dense(units, activation="relu"),
                                         keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
    return {name: build() for name, build in builders.items()}'''),
]
