"""Wrong: fit() runs its default single epoch, not the number asked for."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "epochs=epochs"
MUTATE = [("model.fit(x_train, y_train, epochs=epochs, verbose=0)", "model.fit(x_train, y_train, verbose=0)")]
