"""Wrong: keeps 10 % of each class (note 001's 10 % data) whatever `fraction` says; breaks 'from each class of n files, max(1, round(n * fraction)) different files'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('max(1, round(len(files) * fraction))',
     'max(1, round(len(files) * 0.1))'),
]
