"""Correct: a schedule of the epoch alone, written with a lambda and integer powers."""
EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "done", ""

import keras


def halving_schedule(initial_rate=0.01, every=10):
    return keras.callbacks.LearningRateScheduler(lambda epoch: initial_rate / 2 ** int(epoch / every), verbose=0)
