"""Wrong: the learner passed initial_epoch=history_1.epoch[-1], "go on from the last epoch", forgetting that the last epoch is already done; the second run repeats its number and trains one epoch more than asked, numbered initial_epochs - 1 to initial_epochs + fine_tune_epochs - 1; breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('                       initial_epoch=first.epoch[-1] + 1, verbose=0)',
     '                       initial_epoch=first.epoch[-1], verbose=0)'),
]
