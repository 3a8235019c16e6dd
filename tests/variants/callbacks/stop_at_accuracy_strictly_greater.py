"""Wrong: the classic off-by-a-hair bug, > instead of >=."""
EXERCISE, VERDICT, SAYS = 'callbacks.stop_at_accuracy', "wrong", '>='
MUTATE = [('.get("accuracy", 0.0) >= self.threshold', '.get("accuracy", 0.0) > self.threshold')]
