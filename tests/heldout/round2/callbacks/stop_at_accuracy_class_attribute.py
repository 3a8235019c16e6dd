"""Wrong: Stored the threshold on the class, so every instance shares the last one created; breaks 'an instance ... holding its threshold'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('        self.threshold = threshold',
     '        StopAtAccuracy.threshold = threshold'),
]
