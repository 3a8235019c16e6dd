"""Right: class folders and files listed with glob and sorted, one seeded generator, shutil.copy."""
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
     """    import glob

    rng = random.Random(seed)
    for class_path in sorted(glob.glob(os.path.join(source_dir, "*"))):
        if not os.path.isdir(class_path):
            continue
        class_name = os.path.basename(class_path)
        names = sorted(os.path.basename(path) for path in glob.glob(os.path.join(class_path, "*")))
        count = max(1, round(len(names) * fraction))
        target = os.path.join(target_dir, class_name)
        os.makedirs(target, exist_ok=True)
        for name in rng.sample(names, count):
            shutil.copy(os.path.join(class_path, name), os.path.join(target, name))
    return target_dir"""),
]
