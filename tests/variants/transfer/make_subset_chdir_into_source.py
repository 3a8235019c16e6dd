"""Wrong: os.chdir()s into source_dir to work with short names and never changes back, leaving the process in another directory; breaks 'Every function works from its arguments alone' (a relative path given next time points elsewhere)."""

EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'os.getcwd()'

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
    target = os.path.abspath(target_dir)
    os.chdir(source_dir)
    for class_name in sorted(os.listdir(".")):
        files = sorted(os.listdir(class_name))
        chosen = rng.sample(files, max(1, round(len(files) * fraction)))
        os.makedirs(os.path.join(target, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(class_name, name), os.path.join(target, class_name, name))
    return target_dir
'''),
]
