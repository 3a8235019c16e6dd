"""Wrong: Remembered the optimizer's rate on the first call and halved from that, ignoring initial_rate; breaks 'initial_rate * 0.5 ** (e // every), whatever rate the optimizer had before'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ("""    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)""",
     """    start = {}

    def schedule(epoch, rate):
        start.setdefault("rate", float(rate))
        return start["rate"] * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)"""),
]
