"""Wrong: Took len(train_data) - 1 steps for a whole pass, to leave out the smaller last batch; breaks 'None means one whole pass, len(train_data) batches (the smaller last batch too)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch',
     '    steps = len(train_data) - 1 if steps_per_epoch is None else steps_per_epoch'),
]
