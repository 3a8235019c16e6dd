"""Wrong: the learner handed fit() the test batches as a generator expression, (batch for batch in test_data), reading validation_steps as 'take that many batches from an iterator', and a two-epoch check validated fine; the generator is made once and is never restarted, so each epoch validates on the batches after the last epoch's, and once the test data is used up the later epochs validate on fewer batches or none; breaks 'every epoch validates on test_data, on int(validation_fraction * len(test_data)) batches'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_data=test_data,', 'validation_data=(batch for batch in test_data),'),
]
