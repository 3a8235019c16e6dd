"""Wrong: samples the fraction from all files pooled together, not class by class; breaks 'from each class of n files, max(1, round(n * fraction)) different files' and 'Every class is kept'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('''    rng = random.Random(seed)
    for class_name in sorted(os.listdir(source_dir)):
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))
        chosen = rng.sample(files, max(1, round(len(files) * fraction)))
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))''',
     '''    rng = random.Random(seed)
    everything = [(class_name, name) for class_name in sorted(os.listdir(source_dir))
                  for name in sorted(os.listdir(os.path.join(source_dir, class_name)))]
    for class_name, name in rng.sample(everything, max(1, round(len(everything) * fraction))):
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))'''),
]
