"""Right: One random.Random(seed) for the whole run, classes and files sorted, pathlib paths and shutil.copyfile; the same picks as the reference."""
EXERCISE, VERDICT = "transfer.make_subset", "done"
MUTATE = [
    ("""    rng = random.Random(seed)
    for class_name in sorted(os.listdir(source_dir)):
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))
        chosen = rng.sample(files, max(1, round(len(files) * fraction)))
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return target_dir""",
     """    import pathlib
    source, target = pathlib.Path(source_dir), pathlib.Path(target_dir)
    generator = random.Random(seed)
    for class_dir in sorted(source.iterdir(), key=lambda p: p.name):
        names = sorted(p.name for p in class_dir.iterdir())
        count = max(1, round(len(names) * fraction))
        picked = generator.sample(names, count)
        (target / class_dir.name).mkdir(parents=True, exist_ok=True)
        for name in picked:
            shutil.copyfile(class_dir / name, target / class_dir.name / name)
    return target_dir"""),
]
