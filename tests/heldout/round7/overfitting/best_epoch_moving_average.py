"""Wrong: smooths val_loss with a 3-epoch moving average before taking the minimum ('noisy curves'); breaks 'the epoch of the lowest "val_loss"'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     """    val_loss = np.asarray(_curves(history)["val_loss"], dtype=float)
    if len(val_loss) >= 3:
        val_loss = np.convolve(val_loss, np.ones(3) / 3, mode="same")
    return int(np.argmin(val_loss)) + 1"""),
]
