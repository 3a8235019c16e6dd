"""Wrong: Seeded the generator with 42 whatever seed is given; breaks 'another seed picks others'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('rng = random.Random(seed)',
     'rng = random.Random(42)'),
]
