"""Wrong: passes validation_data positionally to the first fit(), where the second parameter is y; Keras refuses a y next to a dataset; breaks 'train_data, validation_data: what both runs train and validate on'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    (
        '    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)\n',
        '    first = model.fit(train_data, validation_data, epochs=initial_epochs, verbose=0)\n',
    ),
]
