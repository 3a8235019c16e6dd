"""Wrong: keeps every round(1 / fraction)-th sorted file instead of sampling at random (no seed involved, and 17 files at 0.6 give 9, not 10); breaks 'picked at random with a generator seeded with `seed`'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = files[::max(1, round(1 / fraction))]'),
]
