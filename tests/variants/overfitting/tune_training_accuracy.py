"""Wrong: no validation split, scored on the training accuracy."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "validation_split"
MUTATE = [(", validation_split=validation_split, verbose=0)", ", verbose=0)"),
          ('history.history["val_accuracy"][-1]', 'history.history["accuracy"][-1]')]
