"""Wrong: Monitored the training loss (monitor="loss"), which keeps falling; breaks 'writes it only when val_loss improves ... the best epoch's weights, not the last epoch's'."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"
MUTATE = [
    ('    return keras.callbacks.ModelCheckpoint(path, monitor="val_loss", save_best_only=True, save_weights_only=True)',
     '    return keras.callbacks.ModelCheckpoint(path, monitor="loss", save_best_only=True, save_weights_only=True)'),
]
