"""Wrong: the learner seeded one generator per class with hash((seed, class_name)), so each class gets its own reproducible draw, and running it twice in their session picked the same files; Python salts string hashes in every new process, so another run picks other files; breaks 'The same seed picks the same files, in any process'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        rng = random.Random(hash((seed, class_name)))\n'
     '        chosen = rng.sample(files, max(1, round(len(files) * fraction)))'),
]
