"""Right: a schedule that starts from initial_rate and halves it once per whole period, epoch // every times, ignoring the optimizer's rate."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

import keras


def halving_schedule(initial_rate=0.01, every=10):
    def schedule(epoch, current_rate):
        rate = initial_rate
        for _ in range(epoch // every):
            rate /= 2
        return rate

    return keras.callbacks.LearningRateScheduler(schedule)
