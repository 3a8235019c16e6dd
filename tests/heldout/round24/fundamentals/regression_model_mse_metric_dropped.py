"""Wrong: the learner left mse out of the metrics because it is already the loss; breaks 'the metrics mae and mse, as the note does'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('metrics=["mae", "mse"]',
     'metrics=["mae"]'),
]
