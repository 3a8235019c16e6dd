"""Wrong: Unpacked evaluate as (accuracy, loss), returning them swapped; breaks '(history, test_loss, test_accuracy)'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('test_loss, test_acc = model.evaluate',
     'test_acc, test_loss = model.evaluate'),
]
