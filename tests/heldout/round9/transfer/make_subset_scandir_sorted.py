"""Right: lists classes and files with os.scandir, sorting the entry names, before the same seeded sample and copies."""

EXERCISE, VERDICT = "transfer.make_subset", "done"

MUTATE = [
    (
        '    for class_name in sorted(os.listdir(source_dir)):\n        files = sorted(os.listdir(os.path.join(source_dir, class_name)))\n',
        '    for class_name in sorted(entry.name for entry in os.scandir(source_dir)):\n        files = sorted(entry.name for entry in os.scandir(os.path.join(source_dir, class_name)))\n',
    ),
]
