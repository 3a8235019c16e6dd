"""Right: Counts whole periods with math.floor(epoch / every) and halves by dividing by 2 ** periods, ignoring the current rate."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"
MUTATE = [
    ("""    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)""",
     """    import math

    def schedule(epoch, rate=None):
        periods = math.floor(epoch / every)
        return initial_rate / 2 ** periods

    return keras.callbacks.LearningRateScheduler(schedule, verbose=0)"""),
]
