"""Wrong: returns the base's output tensor (to build on it) instead of the layer object; breaks 'the layer object itself, and the number of the base's own layers'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('    return base, len(base.layers)',
     '    return base.output, len(base.layers)'),
]
