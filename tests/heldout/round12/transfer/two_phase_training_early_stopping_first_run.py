"""Wrong: adds an EarlyStopping(patience=1) to the first run, as note 001 does elsewhere, so the head may train fewer than initial_epochs epochs; breaks 'initial_epochs: the first run's epochs, numbered 0 to initial_epochs - 1'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)',
     '    stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=1)\n    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, callbacks=[stop], verbose=0)'),
]
