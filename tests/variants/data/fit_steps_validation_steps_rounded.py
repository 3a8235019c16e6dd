"""Wrong: rounds the number of validation batches with round() instead of truncating ("0.3 * 10 is 2.9999..., int() would lose a batch"), so 0.25 of 7 batches validates on 2, not 1; breaks 'every epoch validates on test_data, on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "validation batches per epoch (validation_fraction=0.25, 7 ba"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=round(validation_fraction * len(test_data))'),
]
