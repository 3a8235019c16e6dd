"""Wrong: Rounded the count up with math.ceil ('at least one anyway'); breaks 'from each class of n files, max(1, round(n * fraction)) different files' (17 files at 0.6 gives 11, not 10)."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '''        import math

        chosen = rng.sample(files, max(1, math.ceil(len(files) * fraction)))'''),
]
