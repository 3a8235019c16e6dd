"""Wrong: Always concatenated, whatever mixed says; breaks 'mixed=True: the two sources mixed together'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('    if not mixed:\n        return first.concatenate(second)\n',
     '    return first.concatenate(second)\n'),
]
