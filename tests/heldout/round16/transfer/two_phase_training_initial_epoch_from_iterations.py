"""Wrong: continued the count from int(model.optimizer.iterations), read after fine_tune, taking the optimizer's step counter for the epochs done; fine_tune's new optimizer has taken no step, so the second run starts again at epoch 0 (and steps are not epochs anyway); breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""

EXERCISE, VERDICT = 'transfer.two_phase_training', 'wrong'

MUTATE = [
    ('initial_epoch=first.epoch[-1] + 1, verbose=0)',
     'initial_epoch=int(model.optimizer.iterations), verbose=0)'),
]
