"""Wrong: min(1, round(n * fraction)) where max was meant, so each class gets at most one file; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = rng.sample(files, min(1, round(len(files) * fraction)))'),
]
