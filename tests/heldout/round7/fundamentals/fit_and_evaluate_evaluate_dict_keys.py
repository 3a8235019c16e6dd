"""Right: evaluate(return_dict=True) and the two numbers read by name."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"
MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     """    scores = model.evaluate(x=x_test, y=y_test, verbose=0, return_dict=True)
    test_loss, test_acc = scores["loss"], scores["accuracy"]"""),
]
