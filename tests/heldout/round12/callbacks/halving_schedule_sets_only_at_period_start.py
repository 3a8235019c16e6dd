"""Wrong: returns the halved rate only on the first epoch of each period and the optimizer's current rate otherwise, which is right in one fit from epoch 0 but not for a resumed run or an optimizer set to another rate; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every), whatever rate the optimizer had before'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)',
     '    def schedule(epoch, rate):\n        if epoch % every == 0:\n            return initial_rate * 0.5 ** (epoch // every)\n        return rate'),
]
