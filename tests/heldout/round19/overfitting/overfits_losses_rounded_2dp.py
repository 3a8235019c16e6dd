"""Wrong: rounds both curves to 2 decimals before judging, so a training loss that fell by less than 0.005 since the best epoch counts as not falling; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    val_loss, loss = curves["val_loss"], curves["loss"]',
     '    val_loss, loss = np.round(curves["val_loss"], 2), np.round(curves["loss"], 2)  # ignore the noise'),
]
