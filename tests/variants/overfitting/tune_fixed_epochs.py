"""Wrong: three epochs written in, whatever epochs is asked for."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "epochs=epochs"
MUTATE = [("epochs=epochs, validation_split", "epochs=3, validation_split")]
