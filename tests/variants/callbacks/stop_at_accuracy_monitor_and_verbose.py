"""Right: adds a monitor (default "accuracy") and a verbose flag (default off) to the callback, returns early below the threshold and prints a message only when asked."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "done", ""

import keras


class StopAtAccuracy(keras.callbacks.Callback):
    """Stops fit() once the monitored metric reaches the threshold."""

    def __init__(self, threshold, monitor="accuracy", verbose=False):
        super().__init__()
        self.threshold = threshold
        self.monitor = monitor
        self.verbose = verbose

    def on_epoch_end(self, epoch, logs=None):
        value = (logs or {}).get(self.monitor)
        if value is None or value < self.threshold:
            return
        if self.verbose:
            print(f"\nEpoch {epoch + 1}: {self.monitor} {value:.4f} reached {self.threshold}, stopping.")
        self.model.stop_training = True


def stop_at_accuracy(threshold=0.98, monitor="accuracy", verbose=False):
    return StopAtAccuracy(threshold, monitor=monitor, verbose=verbose)
