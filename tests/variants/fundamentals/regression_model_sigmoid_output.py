"""Wrong: a sigmoid output squashes every prediction into (0, 1)."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "Dense(1)"
MUTATE = [("""        keras.layers.Dense(1),
    ])
    model.compile(loss="mse\"""", """        keras.layers.Dense(1, activation="sigmoid"),
    ])
    model.compile(loss="mse\"""")]
