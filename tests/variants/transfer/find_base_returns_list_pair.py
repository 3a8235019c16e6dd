"""Right: returns [base, count], a list, which unpacks as the promised (base, count) does."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "done", ""

MUTATE = [
    ('    return base, len(base.layers)',
     '    return [base, len(base.layers)]'),
]
