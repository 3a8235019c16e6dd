"""Right: Shuffles a copy of the sorted names with one random.Random(seed) and keeps the first k of each class."""
EXERCISE, VERDICT = "transfer.make_subset", "done"
MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '''        shuffled = list(files)
        rng.shuffle(shuffled)
        chosen = shuffled[:max(1, round(len(files) * fraction))]'''),
]
