"""Wrong: built the baseline's two hidden layers of `units` units, each with its dropout, instead of one; breaks 'a new model: inputs shaped as one row of x, a hidden layer of `units` units (relu), a dropout of `dropout`'."""

EXERCISE, VERDICT = 'overfitting.tune', 'wrong'

MUTATE = [
    ('            keras.layers.Dense(width, activation="relu"),\n            keras.layers.Dropout(drop),',
     '            keras.layers.Dense(width, activation="relu"),\n            keras.layers.Dropout(drop),\n            keras.layers.Dense(width, activation="relu"),\n            keras.layers.Dropout(drop),'),
]
