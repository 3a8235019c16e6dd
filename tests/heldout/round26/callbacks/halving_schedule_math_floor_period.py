"""Right: counts the whole periods with math.floor(epoch / every) (the same integer as epoch // every for epochs from 0) and returns initial_rate times 0.5 to that power, ignoring the optimizer's current rate, in a LearningRateScheduler."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('''    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)''',
     '''    import math

    def schedule(epoch, rate):
        periods = math.floor(epoch / every)
        return float(initial_rate * 0.5 ** periods)'''),
]
