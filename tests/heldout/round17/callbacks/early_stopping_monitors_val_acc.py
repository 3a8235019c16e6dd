"""Wrong: monitors "val_acc", not the validation loss; Keras 3 logs no such name for the "accuracy" metric and its EarlyStopping, unable to tell whether val_acc should rise or fall, raises when training starts; breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('monitor="val_loss", patience=patience',
     'monitor="val_acc", patience=patience'),
]
