"""Wrong: counts the files to keep as len(files) // int(1 / fraction), which floors (17 files at 0.1 keep 1, not 2) and keeps all 13 files at 0.6; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('max(1, round(len(files) * fraction))',
     'max(1, len(files) // int(1 / fraction))'),
]
