"""Right: the certificate course's signature on_epoch_end(self, epoch, logs={}) and logs.get("accuracy"): a mutable default, but Keras always passes the epoch's logs and the callback never changes them."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True\n',
     '    def on_epoch_end(self, epoch, logs={}):\n        if logs.get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True\n'),
]
