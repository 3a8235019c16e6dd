"""Wrong: divides by the training std without centring, as StandardScaler(with_mean=False) does; breaks 'both as (x - train_mean) / train_std'."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "wrong", "training set"

MUTATE = [
    ('return (train - mean) / std, (test - mean) / std',
     'return train / std, test / std'),
]
