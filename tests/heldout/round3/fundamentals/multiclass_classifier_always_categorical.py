"""Wrong: Always compiled with categorical_crossentropy ('multiclass means categorical'); breaks 'integer labels (3): the sparse_categorical_crossentropy loss'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '    loss = "categorical_crossentropy"'),
]
