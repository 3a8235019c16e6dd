"""Wrong: nothing returned."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'return target_dir'
MUTATE = [
    ('    return target_dir', '    return None'),
]
