"""Right: each class copied with shutil.copytree(dirs_exist_ok=True) whose ignore callback drops the files not picked."""

EXERCISE, VERDICT = "transfer.make_subset", "done"

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
    for class_name in sorted(os.listdir(source_dir)):
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))
        keep = set(rng.sample(files, max(1, round(len(files) * fraction))))
        shutil.copytree(os.path.join(source_dir, class_name), os.path.join(target_dir, class_name),
                        ignore=lambda folder, names: [n for n in names if n not in keep], dirs_exist_ok=True)
    return target_dir
'''),
]
