"""Right: counts with round(n * fraction) or 1 and copies with shutil.copy."""

EXERCISE, VERDICT = "transfer.make_subset", "done"

MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))',
     '        chosen = rng.sample(files, round(len(files) * fraction) or 1)'),
    ('            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))',
     '            shutil.copy(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name))'),
]
