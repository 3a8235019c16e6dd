"""Wrong: Returned (count, base); breaks 'Returns: (base, count)'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ('return base, len(base.layers)',
     'return len(base.layers), base'),
]
