"""Wrong: Always sparse_categorical_crossentropy, ignoring one_hot; breaks 'one-hot labels ... categorical_crossentropy'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     'loss = "sparse_categorical_crossentropy"'),
]
