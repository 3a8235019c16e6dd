"""Wrong: skips a class whose folder already exists in target_dir ("already done"), so empty class folders made beforehand stay empty; breaks 'target_dir ... (it may exist already, empty class folders and all)'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('''        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
''',
     '''        if os.path.isdir(os.path.join(target_dir, class_name)):
            continue  # this class is already done
        os.makedirs(os.path.join(target_dir, class_name))
'''),
]
