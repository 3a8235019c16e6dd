"""Wrong: Round(n * fraction) without the max(1, ...), so 1 % of a small class is 0 files; breaks 'Every class is kept, with at least one file'."""
EXERCISE, VERDICT = "transfer.make_subset", "wrong"
MUTATE = [
    ('max(1, round(len(files) * fraction))',
     'round(len(files) * fraction)'),
]
