"""Wrong: builds each class folder as target_dir + class_name, with no separator, so the files land in siblings such as subsetcats next to target_dir; right only when target_dir ends with a slash; breaks 'copied (not moved) under the same names to target_dir/<class>/'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    (
        '        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)\n        for name in chosen:\n            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))\n',
        '        destination = target_dir + class_name\n        os.makedirs(destination, exist_ok=True)\n        for name in chosen:\n            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(destination, name))\n',
    ),
]
