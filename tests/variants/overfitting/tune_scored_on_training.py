"""Wrong: a validation split, but each run scored by its training accuracy."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "training accuracy rewards overfitting"
MUTATE = [('history.history["val_accuracy"][-1]', 'history.history["accuracy"][-1]')]
