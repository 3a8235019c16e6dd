"""Wrong: declares keras.Input(shape=(None,)) so the model would take any number of columns, but a Dense layer needs its input width to make its kernel, so building the model raises ValueError; breaks 'Layers, in order, for inputs of `num_features` columns'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('        keras.Input(shape=(num_features,)),\n        keras.layers.Dense(64, activation="relu"),\n',
     '        keras.Input(shape=(None,)),\n        keras.layers.Dense(64, activation="relu"),\n'),
]
