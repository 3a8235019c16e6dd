"""Wrong: the learner created each class folder with os.makedirs(target_dir/<class>) without exist_ok; checked into a fresh target folder, every class got its max(1, round(n * fraction)) files; but the target may exist already with its class folders: there makedirs raises FileExistsError on the first class, and a second run into the same target fails too; breaks 'target_dir: where the subset goes, one folder per class, the same names (it may exist already, empty class folders and all)'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('''        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)''',
     '''        os.makedirs(os.path.join(target_dir, class_name))'''),
]
