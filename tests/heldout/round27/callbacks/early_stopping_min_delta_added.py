"""Wrong: the learner added min_delta=0.01 to the note's EarlyStopping (monitor="val_loss", patience=patience, restore_best_weights=True), so that "tiny improvements don't count"; their run's val_loss fell by tenths and then rose, and it stopped and restored as expected, but a val_loss that keeps falling by less than 0.01 per epoch counts as not improving: training stops while the loss still improves, and the weights put back are those of the last epoch that beat the best by 0.01, not of the epoch with the lowest val_loss; breaks 'waits `patience` epochs without improvement, then stops and restores the weights of the epoch with the lowest val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('''    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True)''',
     '''    return keras.callbacks.EarlyStopping(monitor="val_loss", patience=patience, restore_best_weights=True,
                                         min_delta=0.01)'''),
]
