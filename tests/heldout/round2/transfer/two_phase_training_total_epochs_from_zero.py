"""Wrong: Second fit with epochs=initial_epochs + fine_tune_epochs but no initial_epoch, so it runs all epochs again from 0; breaks 'how many epochs the second run adds' and the numbering."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('\n                       initial_epoch=first.epoch[-1] + 1, verbose=0)',
     ' verbose=0)'),
]
