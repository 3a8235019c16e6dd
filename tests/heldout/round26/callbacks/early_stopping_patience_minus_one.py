"""Wrong: the learner read 'number of epochs with no improvement after which training will be stopped' as counting the stopping epoch on top, and passed patience - 1 so that the run 'ends on the patience-th bad epoch'; Keras already stops on that epoch, so training ends one epoch without improvement too early (patience 1 gives 0, which stops at the first epoch that does not improve); breaks 'waits `patience` epochs without improvement, then stops'."""

EXERCISE, VERDICT = "callbacks.early_stopping", "wrong"

MUTATE = [
    ('monitor="val_loss", patience=patience,', 'monitor="val_loss", patience=patience - 1,'),
]
