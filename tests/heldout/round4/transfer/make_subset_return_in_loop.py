"""Wrong: Indented return target_dir into the class loop, so only the first class is copied; breaks 'Every class is kept, with at least one file'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ("""        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return target_dir""",
     """        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
        return target_dir"""),
]
