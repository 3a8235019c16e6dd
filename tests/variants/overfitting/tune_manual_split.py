"""Correct: the validation share of x split off by hand (its last part, as validation_split takes it) and passed as
validation_data."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "done", ""
MUTATE = [("        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)",
           "        split = len(x) - round(len(x) * validation_split)\n"
           "        history = model.fit(x[:split], y[:split], epochs=epochs, validation_data=(x[split:], y[split:]),\n"
           "                            verbose=0)")]
