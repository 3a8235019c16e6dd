"""Wrong: writes patience=patience or 10, so patience=0 waits 10 epochs; breaks 'waits `patience` epochs without improvement, then stops'."""
EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "wrong", 'patience=0'

MUTATE = [
    ('patience=patience, restore_best_weights=True',
     'patience=patience or 10, restore_best_weights=True'),
]
