"""Right: Picks with a seeded NumPy Generator (np.random.default_rng(seed).choice without replacement) among the sorted names, class by class in sorted order."""
EXERCISE, VERDICT = "transfer.make_subset", "done"
MUTATE = [
    ('''    rng = random.Random(seed)
    for class_name in sorted(os.listdir(source_dir)):
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))
        chosen = rng.sample(files, max(1, round(len(files) * fraction)))
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return target_dir''',
     '''    generator = np.random.default_rng(seed)
    for class_name in sorted(os.listdir(source_dir)):
        names = sorted(os.listdir(os.path.join(source_dir, class_name)))
        count = max(1, round(len(names) * fraction))
        picked = generator.choice(len(names), size=count, replace=False)
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for index in sorted(picked.tolist()):
            shutil.copy(os.path.join(source_dir, class_name, names[index]),
                        os.path.join(target_dir, class_name, names[index]))
    return target_dir'''),
]
