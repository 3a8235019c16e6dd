"""Wrong: keeps each file with probability `fraction` (one seeded coin toss per file), so the count per class varies around n * fraction; breaks 'max(1, round(n * fraction)) different files'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = [name for name in files if rng.random() < fraction] or files[:1]'),
]
