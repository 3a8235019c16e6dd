"""Wrong: returns the epoch formatted for printing, f"Epoch {n}", a string instead of a number; breaks 'an int from 1 to the number of epochs'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'return f"Epoch {int(np.argmin(_curves(history)[\'val_loss\'])) + 1}"'),
]
