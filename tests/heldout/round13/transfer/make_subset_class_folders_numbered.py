"""Wrong: names the target class folders by their index in sorted order (0, 1, 2), as a loader numbers them; breaks 'copied (not moved)
    under the same names to target_dir/<class>/'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('    for class_name in sorted(os.listdir(source_dir)):\n        files = sorted(os.listdir(os.path.join(source_dir, class_name)))',
     '    for index, class_name in enumerate(sorted(os.listdir(source_dir))):\n        files = sorted(os.listdir(os.path.join(source_dir, class_name)))'),
    ('        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)\n        for name in chosen:\n            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))',
     '        os.makedirs(os.path.join(target_dir, str(index)), exist_ok=True)\n        for name in chosen:\n            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, str(index), name))'),
]
