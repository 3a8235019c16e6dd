"""Wrong: Returned the three models as a list [baseline, smaller, bigger]; breaks 'Returns: {"baseline": model, "smaller": model, "bigger": model}'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('''    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }''',
     '''    return [
        _binary(keras.layers.Dense(units, activation="relu"),
                keras.layers.Dense(units, activation="relu"),
                keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for units in (16, 4, 512)
    ]'''),
]
