"""Wrong: Returned the last training loss and accuracy from the History instead of evaluating; breaks 'the loss and accuracy measured on the test data'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('return history, test_loss, test_acc',
     'return history, history.history["loss"][-1], history.history["accuracy"][-1]'),
]
