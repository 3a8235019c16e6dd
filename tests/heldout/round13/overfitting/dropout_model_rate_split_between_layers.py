"""Wrong: splits the rate between the two Dropout layers, rate / 2 each, so that the model drops `rate` in all; breaks 'a dropout of `rate`, a hidden layer of 16 units (relu), a dropout of `rate`'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '                   keras.layers.Dropout(rate / 2),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate / 2),'),
]
