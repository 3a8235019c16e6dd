"""Wrong: divides by sqrt(var + 1e-3), BatchNormalization's formula and epsilon, so columns with a small spread are squashed; breaks 'both as (x - train_mean) / train_std'."""

EXERCISE, VERDICT = "fundamentals.normalize_features", "wrong"

MUTATE = [
    ('std = train.std(axis=0)',
     'std = np.sqrt(train.var(axis=0) + 1e-3)'),
]
