"""Correct: Random.seed(seed) then the module-level random.sample: the same Mersenne Twister sequence as random.Random(seed)."""
EXERCISE, VERDICT = "transfer.make_subset", "done"
MUTATE = [
    ('rng = random.Random(seed)',
     'random.seed(seed)\n    rng = random'),
]
