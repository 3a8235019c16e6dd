"""Wrong: metrics mae and mape; breaks 'the metrics mae and mse, as the note does'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('metrics=["mae", "mse"])',
     'metrics=["mae", "mape"])'),
]
