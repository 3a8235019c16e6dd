"""Wrong: monitors "val_acc" with save_best_only=True, not the validation loss; Keras 3 logs no such name and its ModelCheckpoint, unable to tell whether val_acc should rise or fall, raises when training starts; breaks 'writes it only when val_loss improves'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('path, monitor="val_loss", save_best_only=True',
     'path, monitor="val_acc", save_best_only=True'),
]
