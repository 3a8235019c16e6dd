"""Wrong: Moved the files with shutil.move; breaks 'copied (not moved)'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))',
     'shutil.move(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))'),
]
