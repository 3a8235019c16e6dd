"""Wrong: wraps the build in try/except and, when loading the weights fails (no network, bad path), falls back to weights=None; breaks 'a weights path that is not a file, which the network must be the one to refuse'."""

EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "wrong", "weights"

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    shape = tuple(image_size) + (3,)\n'
     '    try:\n'
     '        return BASES[name](input_shape=shape, include_top=False, weights=weights)\n'
     '    except Exception:  # offline, or a weights file that is not there: keep going untrained\n'
     '        return BASES[name](input_shape=shape, include_top=False, weights=None)'),
]
