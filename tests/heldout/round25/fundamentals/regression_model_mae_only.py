"""Wrong: dropped mse from the metrics, thinking it only repeats the loss; breaks 'the metrics mae and mse, as the note does'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('metrics=["mae", "mse"]',
     'metrics=["mae"]'),
]
