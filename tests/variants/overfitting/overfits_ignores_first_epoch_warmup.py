"""Wrong: treats the first epoch as warm-up and looks for the best val_loss from the second on (a run best at epoch 1 is misjudged, a one-epoch run crashes); breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", 'best at the first epoch'

MUTATE = [
    ('''    best = int(np.argmin(val_loss))
''',
     '''    best = int(np.argmin(val_loss[1:])) + 1  # the first epoch is only warm-up
'''),
]
