"""Wrong: tracks the root mean squared error next to mae, as easier to read than mse; breaks 'the metrics mae and mse, as the note does'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('metrics=["mae", "mse"])',
     'metrics=["mae", keras.metrics.RootMeanSquaredError()])'),
]
