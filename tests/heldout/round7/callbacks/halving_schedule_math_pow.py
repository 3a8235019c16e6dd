"""Right: math.pow for the halving factor, the callback built with keywords."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"
MUTATE = [
    ("""    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)""",
     """    import math

    def schedule(epoch, rate):
        periods = epoch // every
        return initial_rate * math.pow(0.5, periods)

    return keras.callbacks.LearningRateScheduler(schedule=schedule, verbose=0)"""),
]
