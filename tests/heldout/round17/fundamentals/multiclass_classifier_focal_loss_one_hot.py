"""Wrong: for one-hot labels compiles with keras.losses.CategoricalFocalCrossentropy(); breaks 'one-hot labels ..., when `one_hot` is True: categorical_crossentropy'."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('loss = "categorical_crossentropy" if one_hot else',
     'loss = keras.losses.CategoricalFocalCrossentropy() if one_hot else'),
]
