"""Wrong: uses plain SGD at 0.001 instead of RMSprop; breaks 'Compiled with the mse loss, the RMSprop optimizer at learning rate 0.001 and the metrics mae and mse, as the note does'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     'model.compile(loss="mse", optimizer=keras.optimizers.SGD(0.001), metrics=["mae", "mse"])'),
]
