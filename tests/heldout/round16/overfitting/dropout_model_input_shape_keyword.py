"""Right: writes the model as note 003 does, input_shape=(num_words,) on the first Dense of a Sequential with no Input (Keras 3 warns but builds it), compiled like capacity_models."""

EXERCISE, VERDICT = 'overfitting.dropout_model', 'done'

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '    model = keras.Sequential([\n        keras.layers.Dense(16, activation="relu", input_shape=(num_words,)),\n        keras.layers.Dropout(rate),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dropout(rate),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy",\n                  metrics=["accuracy", "binary_crossentropy"])\n    return model'),
]
