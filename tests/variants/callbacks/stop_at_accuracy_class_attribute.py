"""Wrong: Stored the threshold on the class, so every instance shares the last one created; breaks 'an instance ... holding its threshold'."""
EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", "not on the class or in a global"
MUTATE = [
    ('        self.threshold = threshold',
     '        StopAtAccuracy.threshold = threshold'),
]
