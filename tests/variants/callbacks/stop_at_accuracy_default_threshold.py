"""Wrong: the default threshold is 0.99, not the 0.98 the docstring promises."""
EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", "threshold=0.98"
MUTATE = [("def stop_at_accuracy(threshold=0.98):", "def stop_at_accuracy(threshold=0.99):")]
