"""Wrong: Returned the Callback subclass itself (no instance, no threshold); breaks 'Returns: an instance of your keras.callbacks.Callback subclass, holding its threshold'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('    return StopAtAccuracy(threshold)',
     """    StopAtAccuracy.threshold = threshold
    return StopAtAccuracy"""),
]
