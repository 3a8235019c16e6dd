"""Right: joins the sources in order with functools.reduce over concatenate."""

EXERCISE, VERDICT = "data.combine_sources", "done"

MUTATE = [
    ('        return first.concatenate(second)',
     '        import functools\n\n        return functools.reduce(lambda left, right: left.concatenate(right), [first, second])'),
]
