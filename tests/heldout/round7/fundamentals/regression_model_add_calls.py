"""Right: Sequential with add(), RMSprop(learning_rate=1e-3) by keyword."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"
MUTATE = [
    ("""    model = keras.Sequential([
        keras.Input(shape=(num_features,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])""",
     """    model = keras.Sequential()
    model.add(keras.Input(shape=(num_features,)))
    for _ in range(2):
        model.add(keras.layers.Dense(64, activation="relu"))
    model.add(keras.layers.Dense(1))
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3), loss="mse", metrics=["mae", "mse"])"""),
]
