"""Wrong: evaluates the test images against the first len(x_test) training labels, a copy-paste slip, y_train[:len(x_test)]; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('model.evaluate(x_test, y_test, verbose=0)',
     'model.evaluate(x_test, y_train[:len(x_test)], verbose=0)'),
]
