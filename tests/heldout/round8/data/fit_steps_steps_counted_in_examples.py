"""Wrong: with steps_per_epoch=None counts the examples instead of the batches, so each epoch runs through the repeated data several times; breaks 'None means one whole pass, len(train_data) batches'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    (
        '    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch',
        '    steps = len(list(train_data.unbatch())) if steps_per_epoch is None else steps_per_epoch  # one per example',
    ),
]
