"""Wrong: takes the baseline and inserts Dropout layers into model.layers, a copy of the layer list, so the model is unchanged and has no dropout; breaks 'Layers: a hidden layer of 16 units (relu), a dropout of `rate`, ...'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    (
        '    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
        '    model = capacity_models(num_words)["baseline"]\n    model.layers.insert(1, keras.layers.Dropout(rate))  # after the first hidden layer\n    model.layers.insert(3, keras.layers.Dropout(rate))  # after the second\n    return model',
    ),
]
