"""Wrong: Renamed the copies to a running number (0000.png, ...); breaks 'copied (not moved) under the same names to target_dir/<class>/'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('''        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))''',
     '''        for i, name in enumerate(chosen):
            new_name = f"{i:04d}{os.path.splitext(name)[1]}"
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, new_name))'''),
]
