"""Wrong: gives the output layer num_features units (one prediction per feature); breaks 'an output of 1 unit, no activation'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('        keras.layers.Dense(1),',
     '        keras.layers.Dense(num_features),  # one prediction per feature'),
]
