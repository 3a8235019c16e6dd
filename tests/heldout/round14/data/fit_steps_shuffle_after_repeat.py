"""Wrong: trains on train_data.repeat().shuffle(len(train_data)), shuffling batches across the pass boundary, so an epoch of len(train_data) steps can see one batch twice and miss another; breaks 'None means one whole pass, len(train_data) batches'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('model.fit(train_data.repeat(),',
     'model.fit(train_data.repeat().shuffle(len(train_data)),'),
]
