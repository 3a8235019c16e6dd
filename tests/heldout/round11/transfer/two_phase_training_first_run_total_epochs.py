"""Wrong: runs the first fit for initial_epochs + fine_tune_epochs (the note's total_epochs), so the head trains too long and the second run starts late; breaks 'initial_epochs: the first run's epochs, numbered 0 to initial_epochs - 1.'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('validation_data=validation_data, epochs=initial_epochs, verbose=0)',
     'validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs, verbose=0)'),
]
