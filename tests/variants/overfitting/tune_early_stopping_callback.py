"""Wrong: adds an EarlyStopping(patience=1) callback to every run to save time, so a run may stop before its last epoch; breaks 'fitted once, for `epochs` epochs, holding out `validation_split` of x, quietly'."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", 'EarlyStopping'

MUTATE = [
    ('        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)',
     '        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0,\n                            callbacks=[keras.callbacks.EarlyStopping(monitor="val_loss", patience=1)])'),
]
