"""Wrong: reads 'numbered 0 to initial_epochs - 1' as epochs=initial_epochs - 1, so the first run is one epoch short and the second starts one early; breaks 'initial_epochs: the first run's epochs, numbered 0 to initial_epochs - 1'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)',
     '    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs - 1, verbose=0)'),
]
