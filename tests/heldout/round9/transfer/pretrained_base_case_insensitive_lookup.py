"""Right: looks the constructor up in a lower-cased copy of BASES with name.lower(), so the three given names find the same networks."""

EXERCISE, VERDICT = "transfer.pretrained_base", "done"

MUTATE = [
    (
        '    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)\n',
        '    build = {key.lower(): value for key, value in BASES.items()}[name.lower()]\n    return build(input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)\n',
    ),
]
