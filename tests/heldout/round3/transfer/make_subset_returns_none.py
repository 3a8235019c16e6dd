"""Wrong: Made the copies but returned nothing; breaks 'Returns: target_dir'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('''            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return target_dir''',
     '            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))'),
]
