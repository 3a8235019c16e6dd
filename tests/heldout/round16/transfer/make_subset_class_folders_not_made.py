"""Wrong: created only target_dir (os.makedirs(target_dir, exist_ok=True)) and copied straight to target_dir/<class>/<name>, so copying into a new target fails for lack of the class folders; breaks 'copied ... under the same names to target_dir/<class>/'."""

EXERCISE, VERDICT = 'transfer.make_subset', 'wrong'

MUTATE = [
    ('        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)\n',
     ''),
    ('    rng = random.Random(seed)\n',
     '    rng = random.Random(seed)\n    os.makedirs(target_dir, exist_ok=True)\n'),
]
