"""Right: picks the loss by indexing a two-item list with bool(one_hot)."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"
MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '    loss = ["sparse_categorical_crossentropy", "categorical_crossentropy"][bool(one_hot)]'),
]
