"""Wrong: Hard-coded seed=42 for both parts, ignoring the seed argument; breaks 'seed: the seed the files are shuffled with' (grader's seed 7)."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('validation_split=0.2, seed=seed)',
     'validation_split=0.2, seed=42)'),
]
