"""Wrong: Inverted the one_hot test, so each kind of label gets the other loss; breaks 'the loss that reads its labels'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     'loss = "sparse_categorical_crossentropy" if one_hot else "categorical_crossentropy"'),
]
