"""Wrong: Asked for the accuracy metric out of habit; breaks 'the metrics mae and mse'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     'model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["accuracy"])'),
]
