"""Wrong: rounds the count up with np.ceil so a class never loses a file to rounding, so 17 files at 0.6 give 11 instead of 10; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", "files per class for fraction 0.1 of {'cats'"

MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = rng.sample(files, max(1, int(np.ceil(len(files) * fraction))))'),
]
