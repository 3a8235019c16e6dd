"""Wrong: seeded with 42 whatever the seed argument says."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'seed argument'
MUTATE = [
    ('rng = random.Random(seed)', 'rng = random.Random(42)'),
]
