"""Wrong: repeats the training data first and then takes len() of the infinite dataset for the default steps, which raises; breaks 'None means one whole pass, len(train_data) batches'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch',
     '''    train_data = train_data.repeat()
    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch'''),
]
