"""Wrong: the learner unpacked evaluate() as (accuracy, loss), reading the metrics list first, so the two numbers come back swapped (both look plausible on a three-class problem); breaks 'Returns: (history, test_loss, test_accuracy)'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     'test_acc, test_loss = model.evaluate(x_test, y_test, verbose=0)'),
]
