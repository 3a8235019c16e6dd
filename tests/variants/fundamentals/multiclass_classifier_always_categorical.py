"""Wrong: categorical_crossentropy with integer labels."""
EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", "sparse_categorical_crossentropy"
MUTATE = [('if one_hot else "sparse_categorical_crossentropy"', 'if one_hot else "categorical_crossentropy"')]
