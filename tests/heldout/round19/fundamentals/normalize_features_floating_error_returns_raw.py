"""Wrong: divides under np.errstate(raise) and returns both sets unchanged when a constant column raises FloatingPointError; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    return (train - mean) / std, (test - mean) / std',
     '    try:\n        with np.errstate(divide="raise", invalid="raise"):\n            return (train - mean) / std, (test - mean) / std\n    except FloatingPointError:  # a constant column: nothing to scale\n        return train, test'),
]
