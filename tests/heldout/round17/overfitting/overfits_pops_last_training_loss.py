"""Wrong: takes the last training loss with loss.pop(), which removes it from the run's own history; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    last_loss = loss.pop()\n    return len(val_loss) - 1 - best >= patience and last_loss < loss[best]'),
]
