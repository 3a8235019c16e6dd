"""Wrong: the dashed curve plots the key again instead of "val_" + key."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "validation curve"
MUTATE = [('curves["val_" + key], "--"', 'curves[key], "--"')]
