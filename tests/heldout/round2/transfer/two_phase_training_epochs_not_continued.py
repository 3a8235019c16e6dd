"""Wrong: Second fit with epochs=fine_tune_epochs and no initial_epoch, so it restarts at 0; breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('epochs=initial_epochs + fine_tune_epochs,\n                       initial_epoch=first.epoch[-1] + 1, verbose=0)',
     'epochs=fine_tune_epochs, verbose=0)'),
]
