"""Right: returns [history, test_loss, test_acc], a list, which unpacks as the promised (history, test_loss, test_accuracy) does."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "done", ""

MUTATE = [
    ('    return history, test_loss, test_acc',
     '    return [history, test_loss, test_acc]'),
]
