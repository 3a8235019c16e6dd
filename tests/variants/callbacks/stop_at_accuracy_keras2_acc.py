"""Wrong: Keras 2's logs['acc']."""
EXERCISE, VERDICT, SAYS = 'callbacks.stop_at_accuracy', "wrong", "'accuracy'"
MUTATE = [('if (logs or {}).get("accuracy", 0.0) >= self.threshold:', 'if logs["acc"] >= self.threshold:')]
