"""Wrong: Concatenated JSON then CSV; breaks 'mixed=False: every CSV example, then every JSON example'."""
EXERCISE, VERDICT = "data.combine_sources", "wrong"
MUTATE = [
    ('return first.concatenate(second)',
     'return second.concatenate(first)'),
]
