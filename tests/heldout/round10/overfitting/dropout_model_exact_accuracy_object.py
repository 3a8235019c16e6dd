"""Wrong: compiles its own model with keras.metrics.Accuracy(), which counts exact matches between 0/1 labels and probabilities; breaks 'compiled like capacity_models'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'def dropout_model(num_words=10000, rate=0.5):\n    model = keras.Sequential([\n        keras.Input(shape=(num_words,)),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dropout(rate),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dropout(rate),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy",\n                  metrics=[keras.metrics.Accuracy(), "binary_crossentropy"])\n    return model'),
]
