"""Correct: A lambda schedule dividing by 2 ** periods."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"
MUTATE = [
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)\n\n    return keras.callbacks.LearningRateScheduler(schedule)',
     '    return keras.callbacks.LearningRateScheduler(lambda epoch, lr: initial_rate / 2 ** (epoch // every))'),
]
