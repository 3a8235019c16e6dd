"""Wrong: gives patience the default 2 instead of 3, so overfits(history) called without it calls a run whose best val_loss is 2 epochs before its end overfitting; breaks the stub's 'overfits(history, patience=3)' ('patience: how many epochs without a better val_loss count as overfitting')."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('def overfits(history, patience=3):',
     'def overfits(history, patience=2):'),
]
