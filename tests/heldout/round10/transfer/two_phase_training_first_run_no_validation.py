"""Wrong: trains the head without validation data, keeping validation for the fine-tuning run; breaks 'train_data, validation_data: what both runs train and validate on.'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)',
     '    first = model.fit(train_data, epochs=initial_epochs, verbose=0)'),
]
