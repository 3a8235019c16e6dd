"""Wrong: builds the three layers and returns the model uncompiled; breaks 'Build and compile note 003's regression model'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])\n    return model',
     '    return model'),
]
