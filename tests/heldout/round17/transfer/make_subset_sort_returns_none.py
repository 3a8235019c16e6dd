"""Wrong: sorts the file names with os.listdir(...).sort(), which sorts in place and returns None, so there is nothing to sample from; breaks '(so pick among the sorted names, class by class in sorted order)'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('        files = sorted(os.listdir(os.path.join(source_dir, class_name)))',
     '        files = os.listdir(os.path.join(source_dir, class_name)).sort()'),
]
