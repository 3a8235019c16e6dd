"""Right: builds the class paths once per class and copies with shutil.copy (contents and mode), using the same seeded Random."""

EXERCISE, VERDICT = "transfer.make_subset", "done"

MUTATE = [
    ('    for class_name in sorted(os.listdir(source_dir)):\n        files = sorted(os.listdir(os.path.join(source_dir, class_name)))\n        chosen = rng.sample(files, max(1, round(len(files) * fraction)))\n        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)\n        for name in chosen:\n            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))',
     '    for class_name in sorted(os.listdir(source_dir)):\n        source_class = os.path.join(source_dir, class_name)\n        target_class = os.path.join(target_dir, class_name)\n        files = sorted(os.listdir(source_class))\n        count = max(1, round(len(files) * fraction))\n        os.makedirs(target_class, exist_ok=True)\n        for name in rng.sample(files, count):\n            shutil.copy(os.path.join(source_class, name), target_class)'),
]
