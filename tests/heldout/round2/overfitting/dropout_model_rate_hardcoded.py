"""Wrong: Dropout(0.5) whatever rate is; breaks 'a dropout of rate' (grader's 0.2)."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n',
     'def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(0.5),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(0.5),\n'),
]
