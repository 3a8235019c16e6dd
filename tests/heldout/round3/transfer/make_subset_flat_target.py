"""Wrong: Copied every picked file straight into target_dir, without the class folders; breaks 'copied (not moved) under the same names to target_dir/<class>/'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('''        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))''',
     '''        os.makedirs(target_dir, exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, name))'''),
]
