"""Wrong: seeds NumPy's global generator with `seed` but samples with Python's unseeded random.sample; breaks 'The same seed picks the same files, in any process'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('    rng = random.Random(seed)\n',
     '    np.random.seed(seed)\n'),
    ('        chosen = rng.sample(files,',
     '        chosen = random.sample(files,'),
]
