"""Wrong: Kept the threshold in a module-level variable the callback reads, so a later call changes every earlier callback's threshold; breaks 'an instance of your keras.callbacks.Callback subclass, holding its threshold'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('''class StopAtAccuracy(keras.callbacks.Callback):
    def __init__(self, threshold):
        super().__init__()
        self.threshold = threshold

    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True


def stop_at_accuracy(threshold=0.98):
    return StopAtAccuracy(threshold)''',
     '''THRESHOLD = 0.98


class StopAtAccuracy(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= THRESHOLD:
            self.model.stop_training = True


def stop_at_accuracy(threshold=0.98):
    global THRESHOLD
    THRESHOLD = threshold
    return StopAtAccuracy()'''),
]
