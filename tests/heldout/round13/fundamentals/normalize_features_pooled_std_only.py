"""Wrong: centres on the training mean but takes the spread of training and test stacked together, so the test set leaks into the scale; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    std = train.std(axis=0)',
     '    std = np.concatenate([train, test]).std(axis=0)'),
]
