"""Wrong: halves the optimizer's current rate every `every` epochs, so initial_rate is never used."""
EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", "initial_rate"
MUTATE = [("return initial_rate * 0.5 ** (epoch // every)", "return rate * 0.5 if epoch and epoch % every == 0 else rate")]
