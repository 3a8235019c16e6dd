"""Wrong: compiles its own model with BinaryAccuracy() and BinaryCrossentropy() metric objects, whose default names log as binary_accuracy, not accuracy; breaks 'Input and compile as in capacity_models.'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('def batchnorm_model(num_words=10000):\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'def batchnorm_model(num_words=10000):\n    model = keras.Sequential([\n        keras.Input(shape=(num_words,)),\n        keras.layers.Dense(16),\n        keras.layers.BatchNormalization(),\n        keras.layers.Activation("relu"),\n        keras.layers.Dense(16),\n        keras.layers.BatchNormalization(),\n        keras.layers.Activation("relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy",\n                  metrics=[keras.metrics.BinaryAccuracy(), keras.metrics.BinaryCrossentropy()])\n    return model'),
]
