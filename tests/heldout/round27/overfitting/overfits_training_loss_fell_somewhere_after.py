"""Wrong: the learner read "the training loss kept falling" as "it fell at some point after the best epoch" and tests min(loss[best + 1:]) < loss[best] next to the patience rule; on their run, whose training loss falls every epoch, that is the same as comparing the last epoch, but on a run whose training loss dips after the best val_loss and then climbs back above it (the model has stopped learning, a rate too high) it answers True; breaks 'and the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('''    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]''',
     '''    return len(val_loss) - 1 - best >= patience and min(loss[best + 1:]) < loss[best]'''),
]
