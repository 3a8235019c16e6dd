"""Wrong: compiles with the msle loss (mean squared log error); breaks 'Compiled with the mse loss'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     '    model.compile(loss="msle", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])'),
]
