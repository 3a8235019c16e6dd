"""Wrong: the learner computed the validation steps from len(train_data), the count already at hand for the training steps, believing the two datasets have about the same number of batches; breaks 'every epoch validates on test_data, on int(validation_fraction * len(test_data)) batches'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=int(validation_fraction * len(train_data))'),
]
