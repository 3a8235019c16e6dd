"""Wrong: declares num_features - 1 input columns, thinking one column is the target; breaks 'for inputs of `num_features` columns'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('        keras.Input(shape=(num_features,)),',
     '        keras.Input(shape=(num_features - 1,)),'),
]
