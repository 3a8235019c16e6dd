"""Wrong: makes one Dense(64, activation='relu') object and puts it in the list twice; the second call shares the first's weights and only fits if num_features is 64, so 9 or 4 features raise ValueError; breaks 'a hidden layer of 64 units, relu / a hidden layer of 64 units, relu'."""

EXERCISE, VERDICT = 'fundamentals.regression_model', 'wrong'

MUTATE = [
    ('    model = keras.Sequential([\n        keras.Input(shape=(num_features,)),\n        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),\n',
     '    hidden = keras.layers.Dense(64, activation="relu")\n    model = keras.Sequential([\n        keras.Input(shape=(num_features,)),\n        hidden,\n        hidden,\n'),
]
