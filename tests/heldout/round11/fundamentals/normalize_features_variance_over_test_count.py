"""Wrong: computes the training spread by hand but divides the squared deviations by len(test), the wrong set's size; breaks 'both as (x - train_mean) / train_std, column by column'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('    std = train.std(axis=0)',
     '    std = np.sqrt(((train - mean) ** 2).sum(axis=0) / len(test))'),
]
