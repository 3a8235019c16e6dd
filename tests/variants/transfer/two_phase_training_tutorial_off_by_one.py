"""Wrong: initial_epoch=history_1.epoch[-1] repeats the last epoch of phase 1."""
EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'initial_epoch'
MUTATE = [
    ('initial_epoch=first.epoch[-1] + 1', 'initial_epoch=first.epoch[-1]'),
]
