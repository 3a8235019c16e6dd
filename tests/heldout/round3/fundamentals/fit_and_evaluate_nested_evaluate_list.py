"""Wrong: Returned evaluate()'s list as the second item, a 2-tuple; breaks 'Returns: (history, test_loss, test_accuracy)'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('    return history, test_loss, test_acc',
     '    return history, [test_loss, test_acc]'),
]
