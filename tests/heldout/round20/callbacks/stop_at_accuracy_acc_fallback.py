"""Right: a Callback subclass that reads "accuracy" (or the notes' "acc") from the epoch's logs and stops at >= threshold."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

import keras


class AccuracyTarget(keras.callbacks.Callback):
    def __init__(self, threshold):
        super().__init__()
        self.threshold = float(threshold)

    def on_epoch_end(self, epoch, logs=None):
        logs = dict(logs or {})
        accuracy = logs.get("accuracy", logs.get("acc"))
        if accuracy is not None and accuracy >= self.threshold:
            self.model.stop_training = True


def stop_at_accuracy(threshold=0.98):
    return AccuracyTarget(threshold=threshold)
