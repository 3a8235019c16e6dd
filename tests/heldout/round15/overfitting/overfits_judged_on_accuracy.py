"""Wrong: judges by the accuracy curves (the epoch of the best val_accuracy, training accuracy still rising), which a history with only "loss" and "val_loss" lacks (KeyError) and which need not part where the losses do; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch, and the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    val_loss, loss = curves["val_loss"], curves["loss"]\n    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    val_acc, acc = curves["val_accuracy"], curves["accuracy"]\n    best = int(np.argmax(val_acc))\n    return len(val_acc) - 1 - best >= patience and acc[-1] > acc[best]'),
]
