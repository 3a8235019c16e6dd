"""Right: sets the flag with self.model.stop_training |= (accuracy >= threshold), never clearing it."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "done", ""

import datetime
import os

import keras


class AccuracyThreshold(keras.callbacks.Callback):
    def __init__(self, threshold=0.98):
        super().__init__()
        self.threshold = threshold

    def on_epoch_end(self, epoch, logs=None):
        accuracy = (logs or {}).get("accuracy")
        if accuracy is not None:
            self.model.stop_training |= bool(accuracy >= self.threshold)


def stop_at_accuracy(threshold=0.98):
    return AccuracyThreshold(threshold=threshold)
