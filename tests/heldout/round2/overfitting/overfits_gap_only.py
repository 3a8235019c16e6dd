"""Wrong: Called any run whose last val_loss is above its loss overfitting; breaks 'A validation loss that is merely above the training loss is normal'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return val_loss[-1] > loss[-1]'),
]
