"""Wrong: the files are moved, not copied."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'copy'
MUTATE = [('shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))', 'shutil.move(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))')]
