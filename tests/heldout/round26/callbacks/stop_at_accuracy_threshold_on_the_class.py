"""Wrong: the learner kept the threshold as a class attribute, set by stop_at_accuracy (StopAtAccuracy.threshold = threshold) before returning a new instance, and their one callback stopped at the right epoch; every instance reads the one class attribute, so making a second callback with another threshold changes the first one's too (and the module's class is changed by each call); breaks 'an instance of your keras.callbacks.Callback subclass, holding its threshold' and 'changes neither them, nor this module's variables'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('''class StopAtAccuracy(keras.callbacks.Callback):
    def __init__(self, threshold):
        super().__init__()
        self.threshold = threshold
''',
     '''class StopAtAccuracy(keras.callbacks.Callback):
    threshold = 0.98
'''),
    ('    return StopAtAccuracy(threshold)',
     '    StopAtAccuracy.threshold = threshold\n    return StopAtAccuracy()'),
]
