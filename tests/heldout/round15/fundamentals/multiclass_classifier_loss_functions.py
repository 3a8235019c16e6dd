"""Right: passes the loss functions keras.losses.categorical_crossentropy and keras.losses.sparse_categorical_crossentropy instead of their names: the same losses, picked by one_hot."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "done"

MUTATE = [
    ('    loss = "categorical_crossentropy" if one_hot else "sparse_categorical_crossentropy"',
     '    loss = (keras.losses.categorical_crossentropy if one_hot\n            else keras.losses.sparse_categorical_crossentropy)'),
]
