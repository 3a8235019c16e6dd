"""Wrong: one hidden layer of 100, sklearn MLPRegressor's default hidden_layer_sizes=(100,); breaks 'a hidden layer of 64 units, relu / a hidden layer of 64 units, relu'."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "layers"

MUTATE = [
    ('keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),',
     'keras.layers.Dense(100, activation="relu"),'),
]
