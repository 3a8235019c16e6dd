"""Wrong: Symlinked the files instead of copying them; breaks 'copied (not moved)'."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", "a link to the source file"
MUTATE = [
    ('shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))',
     'os.symlink(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))'),
]
