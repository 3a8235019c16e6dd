"""Wrong: links the picked files into the subset with os.symlink instead of copying them, to save time and disk; breaks 'copied (not moved) under the same names to target_dir/<class>/'."""

EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", "copied file"

MUTATE = [
    ('            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))',
     '            source = os.path.abspath(os.path.join(source_dir, class_name, name))\n'
     '            os.symlink(source, os.path.join(target_dir, class_name, name))  # no copy: instant, no disk'),
]
