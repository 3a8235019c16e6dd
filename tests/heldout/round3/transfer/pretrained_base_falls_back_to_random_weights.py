"""Wrong: Caught the loading error and quietly rebuilt the network with weights=None ('works offline'); breaks 'a weights path that is not a file, which the network must be the one to refuse'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '''    try:
        return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)
    except (ValueError, OSError):
        return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=None)'''),
]
