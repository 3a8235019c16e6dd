"""Wrong: Took the best epoch from the training loss; breaks 'the lowest "val_loss" came at least patience epochs before the last epoch'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('best = int(np.argmin(val_loss))',
     'best = int(np.argmin(loss))'),
]
