"""Right: spells the optimizer keras.optimizers.RMSprop(learning_rate=1e-3)."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     '    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(learning_rate=1e-3), metrics=["mae", "mse"])'),
]
