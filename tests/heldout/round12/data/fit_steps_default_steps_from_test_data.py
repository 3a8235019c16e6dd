"""Wrong: takes the default number of steps from len(test_data), a copy slip from the validation line; breaks 'None means one whole pass, len(train_data) batches (the smaller last batch too)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('steps = len(train_data) if steps_per_epoch is None else steps_per_epoch',
     'steps = len(test_data) if steps_per_epoch is None else steps_per_epoch'),
]
