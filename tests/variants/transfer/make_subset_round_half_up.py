"""Wrong: counts int(n * fraction + 0.5) ('round half up'), which differs from round() on exact halves (5 files at 0.5 give 3, not 2); breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
SAYS = 'files per class'
MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = rng.sample(files, max(1, int(len(files) * fraction + 0.5)))'),
]
