"""Wrong: sizes every class's sample from n = len(os.listdir(source_dir)), the number of classes, not of the class's files; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('    rng = random.Random(seed)\n',
     '    rng = random.Random(seed)\n    n = len(os.listdir(source_dir))\n'),
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = rng.sample(files, max(1, round(n * fraction)))'),
]
