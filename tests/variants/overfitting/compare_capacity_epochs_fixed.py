"""Wrong: the note's 20 epochs written in, whatever the argument."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "epochs=epochs"
MUTATE = [("epochs=epochs, batch_size=batch_size,", "epochs=20, batch_size=batch_size,")]
