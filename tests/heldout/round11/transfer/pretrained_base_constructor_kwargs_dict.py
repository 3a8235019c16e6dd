"""Right: gathers the arguments in a dict and builds the input shape as (*image_size, 3)."""

EXERCISE, VERDICT = "transfer.pretrained_base", "done"

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    kwargs = dict(include_top=False, weights=weights, input_shape=(*image_size, 3))\n    return BASES[name](**kwargs)'),
]
