"""Wrong: Required val_loss to rise at each of the last `patience` epochs, so a run whose val_loss wobbles after its best does not count; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch' (judged as EarlyStopping would)."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "need not rise every epoch"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     """    tail = val_loss[-(patience + 1):]
    rising = len(tail) == patience + 1 and all(b > a for a, b in zip(tail, tail[1:]))
    return rising and loss[-1] < loss[best]"""),
]
