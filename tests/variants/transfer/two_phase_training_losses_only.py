"""Wrong: only the losses joined, not every key."""
EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'every key'
MUTATE = [
    ('for key in first.history}', 'for key in ("loss", "val_loss")}'),
]
