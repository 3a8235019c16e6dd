"""Wrong: Returned source_dir instead of target_dir; breaks 'Returns: target_dir'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ("""        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return target_dir""",
     """        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return source_dir"""),
]
