"""Wrong: the learner kept int(n * fraction) files per class (with max(1, ...)), which gives 2 of 20 at 0.1 just as round does; for 17 files at 0.1 it keeps 1 instead of 2, and 13 at 0.6 gives 7 instead of 8; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     'chosen = rng.sample(files, max(1, int(len(files) * fraction)))'),
]
