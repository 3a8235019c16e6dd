"""Wrong: takes the argmin of the losses cast to float16, so two epochs whose val_loss differ past the 4th digit tie and the earlier wins; breaks 'the epoch of the lowest "val_loss"'."""
EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", 'full precision'
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    val_loss = np.asarray(_curves(history)["val_loss"], dtype=np.float16)  # losses need no more digits\n'
     '    return int(np.argmin(val_loss)) + 1'),
]
