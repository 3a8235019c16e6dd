"""Wrong: returns note 003's callbacks list [StopAtAccuracy(threshold), PrintDot()] instead of the callback; breaks 'Returns: an instance of your keras.callbacks.Callback subclass, holding its threshold.'"""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ("def stop_at_accuracy(threshold=0.98):\n    return StopAtAccuracy(threshold)",
     "def stop_at_accuracy(threshold=0.98):\n    return [StopAtAccuracy(threshold), PrintDot()]"),
]
