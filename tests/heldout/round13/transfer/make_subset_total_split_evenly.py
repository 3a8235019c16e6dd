"""Wrong: computes one count for the whole folder, round(total * fraction), and takes an equal share of it from every class; breaks 'from each class of n files, max(1, round(n * fraction)) different
    files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('    rng = random.Random(seed)\n    for class_name in sorted(os.listdir(source_dir)):\n        files = sorted(os.listdir(os.path.join(source_dir, class_name)))\n        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '    rng = random.Random(seed)\n    classes = sorted(os.listdir(source_dir))\n    total = sum(len(os.listdir(os.path.join(source_dir, name))) for name in classes)\n    share = max(1, round(total * fraction) // len(classes))\n    for class_name in classes:\n        files = sorted(os.listdir(os.path.join(source_dir, class_name)))\n        chosen = rng.sample(files, min(share, len(files)))'),
]
