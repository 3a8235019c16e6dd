"""Wrong: names the subset folder after note 001's 10_percent data, target_dir + "_10_percent", writes there and returns that; breaks 'Returns: target_dir' and 'to target_dir/<class>/'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('    rng = random.Random(seed)\n',
     '    target_dir = f"{target_dir.rstrip(os.sep)}_{round(fraction * 100)}_percent"  # note 001\n    rng = random.Random(seed)\n'),
]
