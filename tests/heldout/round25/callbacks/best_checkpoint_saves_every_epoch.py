"""Wrong: the learner set monitor='val_loss' but not save_best_only, thinking monitoring is enough to keep the best; the file is rewritten every epoch and ends with the last epoch's weights; breaks 'writes it only when val_loss improves, so that the file ends up holding the best epoch's weights, not the last epoch's'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('monitor="val_loss", save_best_only=True, save_weights_only=True)',
     'monitor="val_loss", save_weights_only=True)'),
]
