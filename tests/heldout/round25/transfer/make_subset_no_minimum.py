"""Wrong: the learner kept round(n * fraction) files per class, fine for 10 % of 20 files; at 1 % a class of 13 (or 20) files rounds to 0 and its folder stays empty, so a loader misses that class; breaks 'Every class is kept, with at least one file' (max(1, round(n * fraction)))."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     'chosen = rng.sample(files, round(len(files) * fraction))'),
]
