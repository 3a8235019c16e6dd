"""Wrong: floors the exact rational value of the float (Fraction(0.7) * 10 is just below 7 -> 6); breaks 'int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", 'validation_fraction=0.7'

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data))',
     'validation_steps=math.floor(fractions.Fraction(validation_fraction) * len(test_data))'),
    ('import csv\n',
     'import csv\nimport fractions\nimport math\n'),
]
