"""Wrong: Round() for validation_steps (0.25 * 7 -> 2); breaks 'int(validation_fraction * len(test_data)) batches (rounded down)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=round(validation_fraction * len(test_data))'),
]
