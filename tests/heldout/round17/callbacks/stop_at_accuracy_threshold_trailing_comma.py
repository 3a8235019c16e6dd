"""Wrong: stores the threshold as self.threshold = threshold, with a trailing comma, a 1-tuple that the float accuracy cannot be compared with (TypeError at the first epoch end); breaks 'an instance of your keras.callbacks.Callback subclass, holding its threshold'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('        self.threshold = threshold',
     '        self.threshold = threshold,'),
]
