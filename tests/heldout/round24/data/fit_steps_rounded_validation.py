"""Wrong: the learner rounded the number of validation batches with round(), thinking "a quarter of 7 batches" is best taken to the nearest whole batch; 0.25 * 7 = 1.75 validates on 2 batches and 0.5 * 7 = 3.5 on 4, which breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=round(validation_fraction * len(test_data))'),
]
