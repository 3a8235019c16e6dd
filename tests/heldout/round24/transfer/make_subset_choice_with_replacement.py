"""Wrong: the learner switched to NumPy's seeded generator and picked with rng.choice(files, k), not knowing that choice draws with replacement by default; the same name can come up twice, and copying it twice leaves fewer files than asked; breaks 'max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('    rng = random.Random(seed)',
     '    rng = np.random.default_rng(seed)'),
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = rng.choice(files, max(1, round(len(files) * fraction)))'),
]
