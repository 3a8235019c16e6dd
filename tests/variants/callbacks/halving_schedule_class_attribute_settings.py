"""Wrong: keeps initial_rate and every as class attributes of a callable schedule class, so a later call changes the rates of every scheduler made before; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", 'learning rates'

MUTATE = [
    ('def halving_schedule(initial_rate=0.01, every=10):\n',
     'class Halving:\n    initial_rate = 0.01\n    every = 10\n\n    def __call__(self, epoch, rate):\n        return self.initial_rate * 0.5 ** (epoch // self.every)\n\n\ndef halving_schedule(initial_rate=0.01, every=10):\n'),
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)\n\n    return keras.callbacks.LearningRateScheduler(schedule)',
     '    Halving.initial_rate = initial_rate\n    Halving.every = every\n    return keras.callbacks.LearningRateScheduler(Halving())'),
]
