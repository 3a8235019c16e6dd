"""Right: pathlib paths, sorted class folders and names, one seeded generator, shutil.copy."""
EXERCISE, VERDICT = "transfer.make_subset", "done"
MUTATE = [
    ('''    rng = random.Random(seed)
    for class_name in sorted(os.listdir(source_dir)):
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))
        chosen = rng.sample(files, max(1, round(len(files) * fraction)))
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))''',
     '''    import pathlib

    rng = random.Random(seed)
    source, target = pathlib.Path(source_dir), pathlib.Path(target_dir)
    for class_dir in sorted(source.iterdir(), key=lambda path: path.name):
        names = sorted(path.name for path in class_dir.iterdir())
        keep = max(1, round(len(names) * fraction))
        (target / class_dir.name).mkdir(parents=True, exist_ok=True)
        for name in rng.sample(names, keep):
            shutil.copy(class_dir / name, target / class_dir.name / name)'''),
]
