"""Wrong: returns the verdict as int 0 or 1; breaks 'True or False, in every case'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('''    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]
''',
     '''    return int(len(val_loss) - 1 - best >= patience and loss[-1] < loss[best])
'''),
]
