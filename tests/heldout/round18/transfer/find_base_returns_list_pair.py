"""Wrong: returns [base, count], a list, where a tuple is promised; breaks 'Returns: (base, count)'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('    return base, len(base.layers)',
     '    return [base, len(base.layers)]'),
]
