"""Wrong: numbers the epochs from 1 as people count them: the first fit runs with initial_epoch=1, epochs=initial_epochs + 1, the second continues from there; breaks 'initial_epochs: the first run's epochs, numbered 0 to initial_epochs - 1'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('validation_data=validation_data, epochs=initial_epochs, verbose=0)',
     'validation_data=validation_data, initial_epoch=1,\n                      epochs=initial_epochs + 1, verbose=0)'),
    ('epochs=initial_epochs + fine_tune_epochs,',
     'epochs=initial_epochs + fine_tune_epochs + 1,'),
]
