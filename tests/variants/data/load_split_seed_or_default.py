"""Wrong: passes seed=seed or 42 (to avoid a None seed), so seed=0 shuffles the files with 42 instead; breaks 'seed: the seed the files are shuffled with before the split.'"""

EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", 'seed=0'

MUTATE = [
    ('validation_split=0.2, seed=seed)',
     'validation_split=0.2, seed=seed or 42)'),
]
