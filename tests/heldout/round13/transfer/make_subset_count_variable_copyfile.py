"""Right: computes the count in a variable with max(1, round(...)) and copies with shutil.copy (contents and mode) into folders made first."""

EXERCISE, VERDICT = "transfer.make_subset", "done"

MUTATE = [
    ('        chosen = rng.sample(files, max(1, round(len(files) * fraction)))\n        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)\n        for name in chosen:\n            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))',
     '        count = max(1, round(len(files) * fraction))\n        chosen = rng.sample(files, count)\n        destination = os.path.join(target_dir, class_name)\n        os.makedirs(destination, exist_ok=True)\n        for name in chosen:\n            shutil.copy(os.path.join(source_dir, class_name, name), destination)'),
]
