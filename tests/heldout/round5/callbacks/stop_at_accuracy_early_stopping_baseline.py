"""Wrong: Returned EarlyStopping(monitor='accuracy', baseline=threshold, patience=0), which stops when accuracy has NOT reached the baseline; breaks 'an instance of your keras.callbacks.Callback subclass' and 'below it, training goes on'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('def stop_at_accuracy(threshold=0.98):\n    return StopAtAccuracy(threshold)',
     'def stop_at_accuracy(threshold=0.98):\n    return keras.callbacks.EarlyStopping(monitor="accuracy", baseline=threshold, patience=0)'),
]
