"""Right: uses a MeanSquaredError loss object and names the optimizer's learning_rate."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     'model.compile(loss=keras.losses.MeanSquaredError(), optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),\n                  metrics=["mae", "mse"])'),
]
