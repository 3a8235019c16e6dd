"""Wrong: rounds with round(n * fraction, 0), which returns a float, and random.sample refuses a float count; only the classes that fall back to max(1, ...) = 1 work; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    (
        '        chosen = rng.sample(files, max(1, round(len(files) * fraction)))\n',
        '        chosen = rng.sample(files, max(1, round(len(files) * fraction, 0)))\n',
    ),
]
