"""Right: places each Dropout between a linear Dense(16) and its Activation("relu"); dropout zeroes and scales by a positive factor, which commutes with relu, so the model computes the same as relu then dropout."""

EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "done", ''

MUTATE = [
    (
        'def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n',
        'def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n',
    ),
]
