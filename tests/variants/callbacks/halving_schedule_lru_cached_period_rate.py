"""Right: memoises the rate of each period with functools.lru_cache inside the call (a fresh cache per schedule), the schedule reading epoch // every and ignoring the optimizer's rate."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "done", ""

import functools

import keras


def halving_schedule(initial_rate=0.01, every=10):
    @functools.lru_cache(maxsize=None)
    def rate_for_period(period):
        return initial_rate * 0.5 ** period

    def schedule(epoch, rate):
        return rate_for_period(epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)
