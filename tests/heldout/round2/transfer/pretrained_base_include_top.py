"""Wrong: Loaded the network with include_top=True; breaks 'without its top'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'return BASES[name](input_shape=tuple(image_size) + (3,), include_top=True, weights=weights)'),
]
