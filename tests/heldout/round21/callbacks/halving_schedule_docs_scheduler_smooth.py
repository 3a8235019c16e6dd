"""Wrong: adapts the Keras docs' scheduler (keep the rate for the first period, then shrink the current rate a little every epoch, here by 0.5 ** (1 / every)); breaks 'rate for epoch e is initial_rate * 0.5 ** (e // every), whatever rate the optimizer had before' and 'Whole periods'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ("    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)",
     "    def schedule(epoch, rate):\n"
     "        if epoch < every:\n"
     "            return initial_rate\n"
     "        return float(rate * 0.5 ** (1 / every))"),
]
