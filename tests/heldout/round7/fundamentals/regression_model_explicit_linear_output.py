"""Right: the output spelled Dense(units=1, activation='linear') (no activation) and the loss as 'mean_squared_error'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"
MUTATE = [
    ("""        keras.layers.Dense(1),
    ])
    model.compile(loss="mse",""",
     """        keras.layers.Dense(units=1, activation="linear"),
    ])
    model.compile(loss="mean_squared_error","""),
]
