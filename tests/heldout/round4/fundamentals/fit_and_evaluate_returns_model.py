"""Wrong: Returned the trained model in first place instead of the History of the run; breaks 'Returns: (history, test_loss, test_accuracy): the History of the training run'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('    return history, test_loss, test_acc',
     '    return model, test_loss, test_acc'),
]
