"""Wrong: the learner kept the previous exercise's sparse_categorical_crossentropy whatever one_hot says, which is right for integer labels only; breaks 'one-hot labels ([0, 0, 0, 1, ...]), when `one_hot` is True: categorical_crossentropy'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     'loss = "sparse_categorical_crossentropy"'),
]
