"""Wrong: only mae is tracked; the note asks for mae and mse."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "metrics"
MUTATE = [('metrics=["mae", "mse"]', 'metrics=["mae"]')]
