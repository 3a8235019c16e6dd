"""Wrong: starts the second run at initial_epoch=fine_tune_epochs instead of after the first run's epochs; breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('                       initial_epoch=first.epoch[-1] + 1, verbose=0)',
     '                       initial_epoch=fine_tune_epochs, verbose=0)'),
]
