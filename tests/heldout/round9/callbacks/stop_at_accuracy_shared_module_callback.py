"""Wrong: hands out one module-level callback and only resets its threshold, so a second call (threshold 0.5) silently changes the callback the first call returned (0.98 becomes 0.5); breaks 'an instance of your keras.callbacks.Callback subclass, holding its threshold'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    (
        'def stop_at_accuracy(threshold=0.98):\n    return StopAtAccuracy(threshold)\n',
        '_CALLBACK = StopAtAccuracy(0.98)\n\n\ndef stop_at_accuracy(threshold=0.98):\n    _CALLBACK.threshold = threshold\n    return _CALLBACK\n',
    ),
]
