"""Wrong: returns the base's list of layers instead of their number; breaks '(base, count): the layer object itself, and the number of the base's own layers'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    (
        '    return base, len(base.layers)\n',
        '    return base, base.layers\n',
    ),
]
