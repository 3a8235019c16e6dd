"""Right: a module-level schedule function bound to initial_rate and every with functools.partial."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)\n\n    return keras.callbacks.LearningRateScheduler(schedule)',
     '    import functools\n\n    return keras.callbacks.LearningRateScheduler(\n        functools.partial(_halved, initial_rate=initial_rate, every=every))\n\n\ndef _halved(epoch, rate, initial_rate, every):\n    return initial_rate * 0.5 ** (epoch // every)'),
]
