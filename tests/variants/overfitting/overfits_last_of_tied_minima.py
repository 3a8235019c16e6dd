"""Wrong: takes the last of several equal lowest val_loss values as the best epoch (argmin of the reversed list), where EarlyStopping keeps the first, since an equal value is no improvement; breaks 'this exercise assumes the kit's own rule, judged as EarlyStopping would judge it'."""

EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", 'equal'

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n    return len(val_loss)',
     '    best = len(val_loss) - 1 - int(np.argmin(list(val_loss)[::-1]))\n    return len(val_loss)'),
]
