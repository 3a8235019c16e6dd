"""Wrong: switches to binary_crossentropy when there are only two classes, keeping the two-unit softmax; breaks 'integer labels (3): the sparse_categorical_crossentropy loss'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '    if num_classes == 2:\n        loss = "binary_crossentropy"\n    else:\n        loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"'),
]
