"""Wrong: Wrapped the base in a keras.Sequential before returning it, so the result is one layer deep; breaks 'Returns: the base model: the whole network as keras.applications builds it without its top, 154 layers for MobileNetV2'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     """    base = BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)
    return keras.Sequential([base])"""),
]
