"""Wrong: takes the best epoch counted from 1 (as best_epoch returns it) but indexes and counts as if from 0: one epoch short, and the training loss read one epoch late; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n',
     '    best = int(np.argmin(val_loss)) + 1\n'),
]
