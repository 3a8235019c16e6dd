"""Wrong: Compiled with the mae loss, the metric the note prints first; breaks 'Compiled with the mse loss'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     'model.compile(loss="mae", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])'),
]
