"""Wrong: removes duplicate names with list(set(files)) after sorting, and a set's order changes from one Python process to the next (string hashing is salted), so the same seed picks other files; breaks 'The same seed picks the same files, in any process'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    (
        '        chosen = rng.sample(files, max(1, round(len(files) * fraction)))\n',
        '        files = list(set(files))  # no duplicates\n        chosen = rng.sample(files, max(1, round(len(files) * fraction)))\n',
    ),
]
