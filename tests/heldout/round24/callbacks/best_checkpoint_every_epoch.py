"""Wrong: the learner followed note 001's checkpoint (save_weights_only, no save_best_only) and added monitor="val_loss", believing monitoring val_loss already means keeping the best; the file is overwritten every epoch and ends with the last epoch's weights, which breaks 'writes it only when val_loss improves, so that the file ends up holding the best epoch's weights, not the last epoch's'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     'return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_weights_only=True)'),
]
