"""Wrong: returns BackupAndRestore(backup_dir=folder), the callback that saves the latest state to resume an interrupted run; it keeps the last epoch, not the best, and is no ModelCheckpoint; breaks 'a keras.callbacks.ModelCheckpoint that ... writes it only when val_loss improves, so that the file ends up holding the best epoch's weights, not the last epoch's'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    (
        '    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)\n',
        '    return keras.callbacks.BackupAndRestore(backup_dir=folder)\n',
    ),
]
