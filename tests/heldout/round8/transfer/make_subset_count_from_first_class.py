"""Wrong: works out how many files to keep from the first class only and uses that count for every class, as if the classes were balanced; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    (
        '    rng = random.Random(seed)\n    for class_name in sorted(os.listdir(source_dir)):\n',
        '    rng = random.Random(seed)\n    classes = sorted(os.listdir(source_dir))\n    first = len(os.listdir(os.path.join(source_dir, classes[0])))\n    keep = max(1, round(first * fraction))  # the classes are the same size\n    for class_name in classes:\n',
    ),
    (
        '        chosen = rng.sample(files, max(1, round(len(files) * fraction)))\n',
        '        chosen = rng.sample(files, keep)\n',
    ),
]
