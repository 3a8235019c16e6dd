"""Right: the Callback subclass is defined inside the factory function; the instance keeps the threshold as an attribute."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"
MUTATE = [
    ("""def stop_at_accuracy(threshold=0.98):
    return StopAtAccuracy(threshold)""",
     """def stop_at_accuracy(threshold=0.98):
    class ReachedAccuracy(keras.callbacks.Callback):
        def __init__(self, limit):
            super().__init__()
            self.threshold = limit

        def on_epoch_end(self, epoch, logs=None):
            accuracy = (logs or {}).get("accuracy")
            if accuracy is not None and accuracy >= self.threshold:
                self.model.stop_training = True

    return ReachedAccuracy(threshold)"""),
]
