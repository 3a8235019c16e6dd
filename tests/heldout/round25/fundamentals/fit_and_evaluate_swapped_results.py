"""Wrong: unpacked evaluate() as (accuracy, loss), so the two test numbers come back in the wrong places; both print as plausible floats; breaks 'Returns: (history, test_loss, test_accuracy)'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     'test_acc, test_loss = model.evaluate(x_test, y_test, verbose=0)'),
]
