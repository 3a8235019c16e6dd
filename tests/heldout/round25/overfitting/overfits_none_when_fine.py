"""Wrong: returns True when both conditions hold and falls off the end otherwise; the learner's overfitting run printed True; a healthy run gives None; breaks 'True or False, in every case'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    if len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]:\n        return True'),
]
