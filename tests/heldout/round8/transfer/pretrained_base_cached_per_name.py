"""Wrong: keeps each base built in a module-level dict by name, so a later call with another image_size or weights gets the first network back; breaks 'The network's input is that size with 3 colour channels: image_size + (3,)'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    (
        'def pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
        '_LOADED = {}\n\n\ndef pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    if name not in _LOADED:  # building a network is slow: once per name\n        _LOADED[name] = BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)\n    return _LOADED[name]',
    ),
]
