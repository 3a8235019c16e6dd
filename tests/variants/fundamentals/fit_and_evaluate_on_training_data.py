"""Wrong: evaluating on the training data flatters the model."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "x_test"
MUTATE = [("model.evaluate(x_test, y_test, verbose=0)", "model.evaluate(x_train, y_train, verbose=0)")]
