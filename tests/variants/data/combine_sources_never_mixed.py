"""Wrong: mixed=True still concatenates."""
EXERCISE, VERDICT, SAYS = 'data.combine_sources', "wrong", 'mixed'
MUTATE = [('    if not mixed:\n        return first.concatenate(second)\n', '    return first.concatenate(second)\n')]
