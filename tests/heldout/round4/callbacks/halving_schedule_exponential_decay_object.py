"""Wrong: Returned a keras.optimizers.schedules.ExponentialDecay(initial_rate, every, 0.5, staircase=True), which counts optimizer steps (batches), not epochs, and is no callback; breaks 'Returns: the LearningRateScheduler callback'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ("""    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)""",
     """    return keras.optimizers.schedules.ExponentialDecay(initial_rate, decay_steps=every, decay_rate=0.5,
                                                       staircase=True)"""),
]
