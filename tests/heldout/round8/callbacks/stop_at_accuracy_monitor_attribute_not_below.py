"""Right: a Callback subclass that keeps the metric's name as an attribute and stops when the value is not below the threshold, skipping epochs whose logs lack it."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

import keras


class AccuracyTarget(keras.callbacks.Callback):
    """Ends fit() once the monitored accuracy reaches the target."""

    def __init__(self, target, monitor="accuracy"):
        super().__init__()
        self.target = target
        self.monitor = monitor

    def on_epoch_end(self, epoch, logs=None):
        value = None if logs is None else logs.get(self.monitor)
        if value is not None and not value < self.target:
            self.model.stop_training = True


def stop_at_accuracy(threshold=0.98):
    return AccuracyTarget(target=threshold)
