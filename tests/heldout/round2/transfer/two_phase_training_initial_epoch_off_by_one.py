"""Wrong: Initial_epoch=first.epoch[-1], repeating the last epoch number and training one extra epoch; breaks 'numbered initial_epochs to ...'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('initial_epoch=first.epoch[-1] + 1',
     'initial_epoch=first.epoch[-1]'),
]
