"""Wrong: turns the curves into NumPy arrays and tests the training-loss comparison with `is True`, which a np.bool_ never is, so it always answers False; breaks 'and the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    val_loss, loss = np.asarray(val_loss), np.asarray(loss)\n    waited = len(val_loss) - 1 - best >= patience\n    still_falling = loss[-1] < loss[best]\n    return waited and still_falling is True'),
]
