"""Right: writes the rate as learning_rate=1e-3 and the loss and metrics by their long names (mean_squared_error, mean_absolute_error)."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     '    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3), loss="mean_squared_error",\n                  metrics=["mean_absolute_error", "mean_squared_error"])'),
]
