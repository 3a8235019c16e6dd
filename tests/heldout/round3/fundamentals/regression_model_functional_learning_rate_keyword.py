"""Right: Functional API, RMSprop(learning_rate=1e-3) spelt with the keyword and metric names as strings."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"
MUTATE = [
    ('''    model = keras.Sequential([
        keras.Input(shape=(num_features,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])''',
     '''    inputs = keras.Input(shape=(num_features,))
    hidden = keras.layers.Dense(64, activation="relu")(inputs)
    hidden = keras.layers.Dense(64, activation="relu")(hidden)
    model = keras.Model(inputs, keras.layers.Dense(1, activation=None)(hidden))'''),
    ('    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     '    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3), loss="mse", metrics=["mae", "mse"])'),
]
