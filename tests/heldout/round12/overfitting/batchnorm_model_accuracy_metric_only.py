"""Wrong: compiles again with the accuracy metric alone; breaks 'Input and compile as in capacity_models'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),',
     '    model = _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),'),
    ('keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n\n\ndef pick_remedies',
     'keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef pick_remedies'),
]
