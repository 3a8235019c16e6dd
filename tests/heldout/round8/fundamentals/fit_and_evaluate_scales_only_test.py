"""Wrong: divides x_test by 255 at evaluation ("test images must be scaled") though training used x_train as given, so the two numbers measure other inputs; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    (
        'model.evaluate(x_test, y_test, verbose=0)',
        'model.evaluate(x_test / 255.0, y_test, verbose=0)',
    ),
]
