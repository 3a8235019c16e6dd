"""Wrong: makes the two Dense layers from lambdas in a comprehension that read units and activation late, so both are Dense(1, sigmoid); breaks 'a hidden layer of 16 units, relu'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n',
     '        *[make() for make in [lambda: keras.layers.Dense(units, activation=activation)\n                              for units, activation in ((16, "relu"), (1, "sigmoid"))]],\n'),
]
