"""Wrong: stops, but keeps the last epoch's weights."""
EXERCISE, VERDICT, SAYS = 'callbacks.early_stopping', "wrong", 'restore_best_weights'
MUTATE = [(', restore_best_weights=True)', ')')]
