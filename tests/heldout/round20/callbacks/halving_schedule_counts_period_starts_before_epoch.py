"""Wrong: counts the halvings as the period starts (0, every, 2*every, ...) already passed before this epoch, so the rate halves at epoch 1 already; breaks 'epochs 0-9 use initial_rate, 10-19 half of it'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [("        return initial_rate * 0.5 ** (epoch // every)",
           "        return initial_rate * 0.5 ** sum(1 for past in range(epoch) if past % every == 0)")]
