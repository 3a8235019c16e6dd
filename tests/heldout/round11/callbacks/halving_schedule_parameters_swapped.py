"""Wrong: writes the schedule as schedule(rate, epoch); Keras calls schedule(epoch, rate) positionally, so the current rate is read as the epoch and the rate never halves; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)',
     '    def schedule(rate, epoch):\n        return initial_rate * 0.5 ** (epoch // every)'),
]
