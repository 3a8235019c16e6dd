"""Wrong: Hard-coded the note's 9 input columns; breaks 'for inputs of num_features columns' (grader's 4)."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('keras.Input(shape=(num_features,))',
     'keras.Input(shape=(9,))'),
]
