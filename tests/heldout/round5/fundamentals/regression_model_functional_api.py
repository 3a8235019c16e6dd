"""Right: Builds the same layers with the functional API and names the optimizer's rate learning_rate=0.001."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"
MUTATE = [
    ('def regression_model(num_features):\n    model = keras.Sequential([\n        keras.Input(shape=(num_features,)),\n        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(1),\n    ])\n    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])\n    return model',
     'def regression_model(num_features):\n    inputs = keras.Input(shape=(num_features,))\n    x = keras.layers.Dense(64, activation="relu")(inputs)\n    x = keras.layers.Dense(64, activation="relu")(x)\n    outputs = keras.layers.Dense(1)(x)\n    model = keras.Model(inputs, outputs)\n    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(learning_rate=0.001), metrics=["mae", "mse"])\n    return model'),
]
