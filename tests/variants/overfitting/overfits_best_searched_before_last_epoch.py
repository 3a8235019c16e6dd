"""Wrong: looked for the best val_loss only among the epochs before the last one (val_loss[:-1]), reading 'came before the last epoch' as a place to search, so a run whose val_loss dips early, rises, then reaches a new low at its last epoch is called overfitting; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT, SAYS = 'overfitting.overfits', 'wrong', 'the last one too'

MUTATE = [
    ('    best = int(np.argmin(val_loss))',
     '    best = int(np.argmin(val_loss[:-1]))'),
]
