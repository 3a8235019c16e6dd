"""Right: a LearningRateScheduler subclass holding initial_rate and every, passing its own bound method as the schedule."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

import keras


class HalvingSchedule(keras.callbacks.LearningRateScheduler):
    def __init__(self, initial_rate, every):
        self.initial_rate = initial_rate
        self.every = every
        super().__init__(self.rate_for)

    def rate_for(self, epoch, lr):
        return self.initial_rate * 0.5 ** (epoch // self.every)


def halving_schedule(initial_rate=0.01, every=10):
    return HalvingSchedule(initial_rate, every)
