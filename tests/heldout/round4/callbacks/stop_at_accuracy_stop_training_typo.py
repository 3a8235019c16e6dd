"""Wrong: Set self.model.stop_train = True (a misspelt attribute Keras never reads), so training goes on; breaks 'fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('            self.model.stop_training = True',
     '            self.model.stop_train = True'),
]
