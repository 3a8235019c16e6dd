"""Right: the rate written as initial_rate * 2.0 ** -(epoch // every) in a named function that ignores the optimizer's current rate."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

import keras


def halving_schedule(initial_rate=0.01, every=10):
    def rate_for(epoch, current_rate):
        periods = epoch // every
        return initial_rate * 2.0 ** -periods

    return keras.callbacks.LearningRateScheduler(rate_for, verbose=0)
