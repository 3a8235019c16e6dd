"""Wrong: Only the mae metric; breaks 'the metrics mae and mse'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('metrics=["mae", "mse"]',
     'metrics=["mae"]'),
]
