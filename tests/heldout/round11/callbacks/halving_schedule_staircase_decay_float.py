"""Right: a keras.optimizers.schedules.ExponentialDecay(initial_rate, every, 0.5, staircase=True) read per epoch and turned into a Python float."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)',
     '    decay = keras.optimizers.schedules.ExponentialDecay(initial_rate, decay_steps=every, decay_rate=0.5, staircase=True)\n\n    def schedule(epoch, rate):\n        return float(decay(epoch))'),
]
