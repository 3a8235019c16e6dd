"""Wrong: declares the input as keras.Input(shape=(num_words)), an int rather than a one-element tuple; breaks 'inputs of `num_words`'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'def dropout_model(num_words=10000, rate=0.5):\n    model = keras.Sequential([\n        keras.Input(shape=(num_words)),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dropout(rate),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dropout(rate),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n    return model'),
]
