"""Wrong: the learner continued as the TensorFlow tutorial does, initial_epoch=history_1.epoch[-1] with epochs=initial_epochs + fine_tune_epochs; the plot looked continuous, but the second run starts at the first run's last epoch number and trains fine_tune_epochs + 1 epochs; breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('                       initial_epoch=first.epoch[-1] + 1, verbose=0)',
     '                       initial_epoch=first.epoch[-1], verbose=0)'),
]
