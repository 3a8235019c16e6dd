"""Wrong: tests `one_hot is not None`, as for an optional argument, so one_hot=False (the default) also picks categorical_crossentropy for integer labels; breaks 'integer labels (3): the sparse_categorical_crossentropy loss'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '    loss = "categorical_crossentropy" if one_hot is not None else "sparse_categorical_crossentropy"'),
]
