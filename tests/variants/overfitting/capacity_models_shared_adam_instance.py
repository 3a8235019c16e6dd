"""Wrong: compiles the three models with one Adam instance so that they "train alike"; an optimizer is built for the first model it trains, so the second model's fit fails; breaks 'compare_capacity trains the three alike' (each is compiled with its own Adam optimizer)."""

EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", 'one optimizer for several models'

MUTATE = [
    (
        'def capacity_models(num_words=10000):\n    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }\n',
        'def capacity_models(num_words=10000):\n    optimizer = keras.optimizers.Adam()  # the same optimizer for a fair comparison\n    models = {}\n    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):\n        model = keras.Sequential([keras.Input(shape=(num_words,)),\n                                  keras.layers.Dense(units, activation="relu"),\n                                  keras.layers.Dense(units, activation="relu"),\n                                  keras.layers.Dense(1, activation="sigmoid")])\n        model.compile(optimizer=optimizer, loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n        models[name] = model\n    return models\n',
    ),
]
