"""Wrong: compiles with Adamax at 0.001 instead of RMSprop; breaks 'Compiled with the mse loss, the RMSprop optimizer at learning rate 0.001 and the metrics mae and mse, as the note does'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.RMSprop(0.001)',
     'optimizer=keras.optimizers.Adamax(0.001)'),
]
