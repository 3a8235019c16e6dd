"""Wrong: the validation curve drawn against 0.. and the training curve against 1..: shifted by an epoch."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "same epochs"
MUTATE = [('val = ax.plot(epochs, curves["val_" + key]', 'val = ax.plot(curves["val_" + key]')]
