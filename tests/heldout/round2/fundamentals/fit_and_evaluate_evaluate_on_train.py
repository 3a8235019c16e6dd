"""Wrong: Copy-paste slip: evaluated on the training data; breaks 'measured on the *test* data'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('model.evaluate(x_test, y_test, verbose=0)',
     'model.evaluate(x_train, y_train, verbose=0)'),
]
