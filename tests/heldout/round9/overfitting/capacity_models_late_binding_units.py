"""Wrong: collects one lambda builder per name in a loop and calls them afterwards; the lambdas read units when called, by then 512, so all three models are the bigger one; breaks 'baseline: 16 units, smaller: 4 units, bigger: 512 units'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    (
        'def capacity_models(num_words=10000):\n    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }\n',
        'def capacity_models(num_words=10000):\n    builders = {}\n    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):\n        builders[name] = lambda: _binary(keras.layers.Dense(units, activation="relu"),\n                                         keras.layers.Dense(units, activation="relu"),\n                                         keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n    return {name: build() for name, build in builders.items()}\n',
    ),
]
