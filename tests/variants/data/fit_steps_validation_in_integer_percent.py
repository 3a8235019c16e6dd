"""Wrong: 'avoids float error' with len(test_data) * int(validation_fraction * 100) // 100, but 0.29 * 100 is 28.999... and gives 28, so 0.29 of 7 batches validates on 1 instead of int(2.03) = 2; breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", 'validation_fraction=0.29'

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=len(test_data) * int(validation_fraction * 100) // 100'),
]
