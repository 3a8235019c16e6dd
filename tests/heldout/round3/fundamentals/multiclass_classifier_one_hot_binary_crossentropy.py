"""Wrong: Used binary_crossentropy for one-hot labels (rows of 0/1); breaks 'one-hot labels ..., when one_hot is True: categorical_crossentropy'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '    loss = "binary_crossentropy" if one_hot else "sparse_categorical_crossentropy"'),
]
