"""Wrong: the learner rounded the validation share to the nearest whole batch with round(), which for their 8 test batches and 0.25 gave the same 2; a quarter of 7 batches (1.75) validates on 2 batches, not 1; breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=round(validation_fraction * len(test_data))'),
]
