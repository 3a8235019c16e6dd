"""Wrong: the learner counted the files to keep with int(n * fraction), the usual way to make a count an integer; int truncates, so 13 files at 0.6 keep 7 and 17 at 0.1 keep 1 where rounding keeps 8 and 2; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = rng.sample(files, max(1, int(len(files) * fraction)))'),
]
