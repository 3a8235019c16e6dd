"""Wrong: takes the same count from every class, the fraction of the smallest class ("balanced"); breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('''def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = random.Random(seed)
    for class_name in sorted(os.listdir(source_dir)):
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))
        chosen = rng.sample(files, max(1, round(len(files) * fraction)))
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return target_dir
''',
     '''def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = random.Random(seed)
    classes = sorted(os.listdir(source_dir))
    smallest = min(len(os.listdir(os.path.join(source_dir, name))) for name in classes)
    count = max(1, round(smallest * fraction))  # balanced classes
    for class_name in classes:
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))
        chosen = rng.sample(files, count)
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return target_dir
'''),
]
