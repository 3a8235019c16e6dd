"""Wrong: Returned the epoch before val_loss first rises (the first local minimum), so a noisy run whose loss dips again later gets an early epoch; breaks 'the epoch of the lowest "val_loss"'."""
EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", "fall lower again"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     """    val_loss = _curves(history)["val_loss"]
    for epoch in range(1, len(val_loss)):
        if val_loss[epoch] > val_loss[epoch - 1]:
            return epoch
    return len(val_loss)"""),
]
