"""Wrong: validates on len(test_data) // round(1 / validation_fraction) batches ('one batch in every k'), which agrees with int() for 0.25, 0.5 and 0.3 on 7 batches but not e.g. for 0.4 on 10 (5, not 4); breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", 'rounded down'

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=len(test_data) // round(1 / validation_fraction)'),
]
