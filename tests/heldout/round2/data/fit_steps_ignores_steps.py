"""Wrong: Always len(train_data) steps, ignoring steps_per_epoch; breaks 'every epoch trains on exactly steps_per_epoch batches'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('steps = len(train_data) if steps_per_epoch is None else steps_per_epoch',
     'steps = len(train_data)'),
]
