"""Wrong: returns [history, test_loss, test_acc], a list, not a tuple; breaks 'Returns: (history, test_loss, test_accuracy)'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    return history, test_loss, test_acc',
     '    return [history, test_loss, test_acc]'),
]
