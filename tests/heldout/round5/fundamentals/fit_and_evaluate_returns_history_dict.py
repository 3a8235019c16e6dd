"""Wrong: Returned history.history (the dict) instead of the History; breaks 'Returns: (history, ...): the History of the training run'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('return history, test_loss, test_acc',
     'return history.history, test_loss, test_acc'),
]
