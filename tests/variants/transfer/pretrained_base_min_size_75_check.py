"""Wrong: validates the size first and raises ValueError below 75 pixels a side (a limit copied from another application's docs), so 64x96 is refused; breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT, SAYS = "transfer.pretrained_base", "wrong", "pretrained_base() raised ValueError"

MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     '    if name not in BASES:\n'
     '        raise ValueError(f"unknown base {name!r}, expected one of {sorted(BASES)}")\n'
     '    if min(image_size) < 75:\n'
     '        raise ValueError("pretrained bases need images of at least 75x75")\n'
     '    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)'),
]
