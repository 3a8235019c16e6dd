"""Wrong: computes the spread as the root of the mean square, sqrt(mean(x ** 2)), forgetting to subtract the mean first; breaks 'both as (x - train_mean) / train_std'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    (
        '    std = train.std(axis=0)\n',
        '    std = np.sqrt((train ** 2).mean(axis=0))\n',
    ),
]
