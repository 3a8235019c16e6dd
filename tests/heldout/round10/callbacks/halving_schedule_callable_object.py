"""Right: passes an instance of a small class with __call__(epoch, rate) as the schedule."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)\n\n    return keras.callbacks.LearningRateScheduler(schedule)',
     '    class Halving:\n        def __call__(self, epoch, rate=None):\n            periods = epoch // every\n            return float(initial_rate * 0.5 ** periods)\n\n    return keras.callbacks.LearningRateScheduler(Halving())'),
]
