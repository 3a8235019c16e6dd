"""Wrong: makes a new random.Random(seed) inside the class loop, so every class draws from a fresh generator and picks the same positions; breaks 'picked at random with a generator seeded with `seed`'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('    rng = random.Random(seed)\n    for class_name in sorted(os.listdir(source_dir)):\n',
     '    for class_name in sorted(os.listdir(source_dir)):\n        rng = random.Random(seed)\n'),
]
