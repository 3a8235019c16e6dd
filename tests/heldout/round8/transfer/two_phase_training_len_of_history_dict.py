"""Wrong: continues from initial_epoch=len(first.history), the number of keys (loss, val_loss, ...) rather than of epochs; breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    (
        'initial_epoch=first.epoch[-1] + 1, verbose=0)',
        'initial_epoch=len(first.history), verbose=0)',
    ),
]
