"""Wrong: saves every epoch, so the file holds the last weights."""
EXERCISE, VERDICT, SAYS = 'callbacks.best_checkpoint', "wrong", 'save_best_only'
MUTATE = [('save_best_only=True', 'save_best_only=False')]
