"""Wrong: rounds the validation steps down as math.ceil(x) - 1, a StackOverflow floor trick that is one short whenever the share is a whole number of batches (0.25 of 8); breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "validation batches per epoch (validation_fraction=0.7, 10 ba"

MUTATE = [
    ('validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'validation_steps=math.ceil(validation_fraction * len(test_data)) - 1, verbose=0)'),
    ('import csv\nimport json\n',
     'import csv\nimport json\nimport math\n'),
]
