"""Wrong: the epoch as a float."""
EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", "whole numbers"
MUTATE = [('return int(np.argmin(_curves(history)["val_loss"])) + 1', 'return float(np.argmin(_curves(history)["val_loss"]) + 1)')]
