"""Wrong: compiles one-hot labels with the KL divergence (which reads one-hot rows too) instead of categorical_crossentropy; breaks 'one-hot labels ([0, 0, 0, 1, ...]), when `one_hot` is True: categorical_crossentropy'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('loss = "categorical_crossentropy" if one_hot else',
     'loss = "kl_divergence" if one_hot else'),
]
