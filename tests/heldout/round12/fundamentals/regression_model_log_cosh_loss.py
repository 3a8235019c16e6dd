"""Wrong: uses the log_cosh loss (robust to outliers) instead of mse; breaks 'Compiled with the mse loss, the RMSprop optimizer at learning rate 0.001 and the metrics mae and mse, as the note does'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     'model.compile(loss="log_cosh", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])'),
]
