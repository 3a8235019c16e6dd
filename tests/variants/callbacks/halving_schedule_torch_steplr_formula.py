"""Right: a StepLR-like callable object holding step_size and gamma=0.5, returning initial_rate * gamma ** (epoch // step_size)."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "done", ""

import datetime
import os

import keras


class StepLR:
    def __init__(self, initial_rate, step_size, gamma=0.5):
        self.initial_rate = initial_rate
        self.step_size = step_size
        self.gamma = gamma

    def __call__(self, epoch, rate=None):
        return self.initial_rate * self.gamma ** (epoch // self.step_size)


def halving_schedule(initial_rate=0.01, every=10):
    return keras.callbacks.LearningRateScheduler(StepLR(initial_rate, every))
