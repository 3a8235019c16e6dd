"""Wrong: gives the inner schedule its own copy of the defaults, def schedule(epoch, rate, initial_rate=0.01, every=10), which shadow the arguments: every call halves 0.01 every 10 epochs; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('    def schedule(epoch, rate):',
     '    def schedule(epoch, rate, initial_rate=0.01, every=10):'),
]
