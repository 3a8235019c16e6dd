"""Wrong: each run scored by its best epoch, not by the last one (the weights kept)."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "last epoch"
MUTATE = [('history.history["val_accuracy"][-1]', 'max(history.history["val_accuracy"])')]
