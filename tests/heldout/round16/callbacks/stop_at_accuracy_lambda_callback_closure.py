"""Wrong: returns a keras.callbacks.LambdaCallback whose on_epoch_end is a closure over threshold; it stops training right, but it is no subclass of the learner's own and holds no threshold attribute; breaks 'an instance of your keras.callbacks.Callback subclass, holding its threshold'."""

EXERCISE, VERDICT = 'callbacks.stop_at_accuracy', 'wrong'

MUTATE = [
    ('def stop_at_accuracy(threshold=0.98):\n    return StopAtAccuracy(threshold)',
     'def stop_at_accuracy(threshold=0.98):\n    callback = keras.callbacks.LambdaCallback()\n\n    def on_epoch_end(epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= threshold:\n            callback.model.stop_training = True\n\n    callback.on_epoch_end = on_epoch_end\n    return callback'),
]
