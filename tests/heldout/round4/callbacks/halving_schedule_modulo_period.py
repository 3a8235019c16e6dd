"""Wrong: Used epoch % every instead of epoch // every, so the rate halves within every period and jumps back up; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ("""    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)""",
     """    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch % every)

    return keras.callbacks.LearningRateScheduler(schedule)"""),
]
