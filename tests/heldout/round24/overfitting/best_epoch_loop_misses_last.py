"""Wrong: the learner searched the minimum with a loop over range(1, len(val_loss) - 1), one short at the end, so a run whose best validation loss is at its last epoch reports an earlier one; breaks 'The epoch at which the validation loss was lowest' (a best epoch that comes last)."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'val_loss = _curves(history)["val_loss"]\n    best = 0\n    for i in range(1, len(val_loss) - 1):\n        if val_loss[i] < val_loss[best]:\n            best = i\n    return best + 1'),
]
