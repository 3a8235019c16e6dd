"""Wrong: compiles the model again with RMSprop, the optimizer often paired with batch normalisation; breaks 'Input and compile as in capacity_models'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),',
     '    model = _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),'),
    ('keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n\n\ndef pick_remedies',
     'keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n    model.compile(optimizer="rmsprop", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n    return model\n\n\ndef pick_remedies'),
]
