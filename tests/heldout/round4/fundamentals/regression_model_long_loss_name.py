"""Right: Spells the loss 'mean_squared_error', gives activations positionally and the rate as learning_rate=1e-3."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"
MUTATE = [
    ("""        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])""",
     """        keras.layers.Dense(64, "relu"),
        keras.layers.Dense(64, "relu"),
        keras.layers.Dense(1, activation=None),
    ])
    model.compile(loss="mean_squared_error", optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
                  metrics=["mae", "mse"])"""),
]
