"""Wrong: the learner's own check fit without validation data and Keras warned that val_loss was missing, so they switched to monitor='loss'; it then watches the training loss, which keeps falling while the validation loss rises; breaks 'a keras.callbacks.EarlyStopping that watches val_loss'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('EarlyStopping(monitor="val_loss", patience=patience',
     'EarlyStopping(monitor="loss", patience=patience'),
]
