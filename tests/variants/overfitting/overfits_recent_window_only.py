"""Wrong: speeds the check up by looking only at the last patience + 1 epochs: overfitting if the first of them is the lowest val_loss of that window and the training loss fell since it; an early best followed by a dip that is lower than the window's first epoch (but not the best) is missed, and the training loss is compared at the window's start, not at the best epoch; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch, - and the training "loss" at the last epoch is lower than at that best epoch.'"""

EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "two equal lowest values"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n'
     '    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]\n',
     '    if len(val_loss) <= patience:\n'
     '        return False\n'
     '    start = len(val_loss) - 1 - patience  # only the recent epochs matter: no need to scan the whole run\n'
     '    window = val_loss[start:]\n'
     '    return int(np.argmin(window)) == 0 and loss[-1] < loss[start]\n'),
]
