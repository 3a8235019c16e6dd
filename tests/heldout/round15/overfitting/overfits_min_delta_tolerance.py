"""Wrong: finds the best epoch as EarlyStopping with min_delta=0.001 would, so an improvement of less than 0.001 does not count and the best epoch is placed too early (EarlyStopping's default, and the kit's rule, count any improvement); breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n',
     '    best = 0\n    for epoch in range(1, len(val_loss)):\n        if val_loss[epoch] < val_loss[best] - 1e-3:  # min_delta\n            best = epoch\n'),
]
