"""Wrong: math.ceil rounds 1.3 files up to 2."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'round(n * fraction)'
MUTATE = [
    ('import shutil\n', 'import math\nimport shutil\n'),
    ('max(1, round(len(files) * fraction))', 'max(1, math.ceil(len(files) * fraction))'),
]
